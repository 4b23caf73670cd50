import { VN_TIME_ZONE } from '@trustcircle/kernel';

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO-8601 instant with its zone (`Z` or `±hh:mm`): a time without one would be read in the server's zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A whole VND amount the Vietnamese way: `1235000` → `1.235.000 ₫` (dots between thousands, a space, the đồng sign),
 * in both languages. Takes a `bigint` (any size) or a safe integer; a fraction, an unsafe or a negative number
 * throws (a bug, never a wrong amount on a buyer's phone).
 */
export function formatVnd(amount: bigint | number): string {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) throw new RangeError(`not a whole VND amount: ${amount}`);
  if (typeof amount !== 'number' && typeof amount !== 'bigint') throw new TypeError(`not a VND amount: ${String(amount)}`);
  if (amount < 0) throw new RangeError(`negative VND amount: ${amount}`);
  return `${amount.toString().replace(/\B(?=(\d{3})+$)/g, '.')} ₫`;
}

/**
 * An instant as a person in Vietnam reads it, in Asia/Ho_Chi_Minh: `2026-11-30T14:30:00Z` → `21:30 30/11/2026`
 * (24-hour clock, day/month/year), in both languages. Takes a `Date` or an ISO-8601 string with its zone.
 */
export function formatVnTime(at: Date | string): string {
  if (typeof at === 'string' && !ISO_INSTANT.test(at)) throw new RangeError(`not an ISO-8601 instant with a zone: ${at}`);
  const date = typeof at === 'string' ? new Date(at) : at;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`not a valid time: ${String(at)}`);
  const p = Object.fromEntries(TIME.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** Whether `at` is a time {@link formatVnTime} takes. */
export function isVnTimeInput(at: unknown): at is Date | string {
  if (at instanceof Date) return !Number.isNaN(at.getTime());
  return typeof at === 'string' && ISO_INSTANT.test(at) && !Number.isNaN(Date.parse(at));
}

/** The buyer portal's order lookup page, in every buyer message: `https://trustcircle.vn/` → `https://trustcircle.vn/tra-cuu`. */
export function lookupUrl(portalUrl: string): string {
  if (typeof portalUrl !== 'string' || !/^https?:\/\/\S+$/.test(portalUrl)) throw new TypeError(`not a portal URL: ${String(portalUrl)}`);
  return `${portalUrl.replace(/\/+$/, '')}/tra-cuu`;
}
