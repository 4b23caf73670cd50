/**
 * Calendar days in Asia/Ho_Chi_Minh (UTC+7 all year: no daylight saving since 1975), written `YYYY-MM-DD`: the
 * buckets trust scores are kept in, and the days their windows span.
 */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Vietnamese calendar day of an instant: `2026-11-29T17:30:00Z` → `2026-11-30`. */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` moved by `days` calendar days (negative: back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included, oldest first (empty when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
