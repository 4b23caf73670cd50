/** The buyer's time zone: every time a buyer reads is also given in it. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * `at` as an ISO-8601 local time in Asia/Ho_Chi_Minh with its offset: `2026-11-29T14:30:00.000Z` →
 * `2026-11-29T21:30:00+07:00`. The offset comes from the time-zone database, not a hard-coded +07:00.
 */
export function toVnLocalIso(at: Date): string {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((part) => [part.type, part.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
