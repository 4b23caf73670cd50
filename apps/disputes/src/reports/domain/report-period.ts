/** The time zone report dates are read in: Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving since 1975). */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The longest period one report covers, in days (`from` and `to` both counted): a leap year. */
export const MAX_REPORT_DAYS = 366;

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A report's period: calendar days `from`..`to` (inclusive) in Asia/Ho_Chi_Minh, as the instants `[start, end)`. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** `from` at 00:00 +07:00. */
  start: Date;
  /** The day after `to` at 00:00 +07:00 (exclusive). */
  end: Date;
  days: number;
}

/** Why a period was refused: the field to name in the 400, a code and a message. */
export interface ReportPeriodRefusal {
  field: 'from' | 'to';
  code: 'isCalendarDate' | 'toBeforeFrom' | 'periodTooLong';
  message: string;
}

/** Midnight UTC of a real calendar day written YYYY-MM-DD (2031-02-30 is not one), or null. */
function utcMidnight(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d ? at.getTime() : null;
}

/** True when `date` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(date: string): boolean {
  return utcMidnight(date) !== null;
}

/**
 * The period of calendar days `from`..`to` (both inclusive, Asia/Ho_Chi_Minh), or why it is refused: a date that
 * is not a real YYYY-MM-DD day names itself; `to` before `from`, or more than {@link MAX_REPORT_DAYS} days, names `to`.
 */
export function reportPeriod(from: string, to: string): { ok: true; period: ReportPeriod } | { ok: false; refusal: ReportPeriodRefusal } {
  const [a, b] = [utcMidnight(from), utcMidnight(to)];
  if (a === null) return { ok: false, refusal: { field: 'from', code: 'isCalendarDate', message: 'from must be a real calendar day (YYYY-MM-DD)' } };
  if (b === null) return { ok: false, refusal: { field: 'to', code: 'isCalendarDate', message: 'to must be a real calendar day (YYYY-MM-DD)' } };
  if (b < a) return { ok: false, refusal: { field: 'to', code: 'toBeforeFrom', message: 'to must not be before from' } };
  const days = (b - a) / DAY_MS + 1;
  if (days > MAX_REPORT_DAYS) return { ok: false, refusal: { field: 'to', code: 'periodTooLong', message: `the period may span at most ${MAX_REPORT_DAYS} days (from and to included)` } };
  return { ok: true, period: { from, to, start: new Date(a - OFFSET_MS), end: new Date(b + DAY_MS - OFFSET_MS), days } };
}
