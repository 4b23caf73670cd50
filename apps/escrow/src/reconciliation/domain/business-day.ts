/** The time zone of a business day: Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export const BUSINESS_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business day: `[from, to)` in UTC instants. */
export interface BusinessDay {
  date: string;
  from: Date;
  to: Date;
}

/** True when `date` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isBusinessDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return utc.getUTCFullYear() === Number(m[1]) && utc.getUTCMonth() === Number(m[2]) - 1 && utc.getUTCDate() === Number(m[3]);
}

/** The instants of business day `date` (`YYYY-MM-DD`, Asia/Ho_Chi_Minh): 00:00 +07:00 up to the next 00:00 +07:00. */
export function businessDay(date: string): BusinessDay {
  if (!isBusinessDate(date)) throw new RangeError(`not a business date: ${date}`);
  const [y, mo, d] = date.split('-').map(Number);
  const from = new Date(Date.UTC(y, mo - 1, d) - OFFSET_MS);
  return { date, from, to: new Date(from.getTime() + DAY_MS) };
}

/** The business date (Asia/Ho_Chi_Minh) an instant falls on. */
export function businessDateOf(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}
