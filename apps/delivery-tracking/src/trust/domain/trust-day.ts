/** Vietnam's offset from UTC (Asia/Ho_Chi_Minh has kept +07:00, without daylight saving, since 1975). */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** A calendar day in Asia/Ho_Chi_Minh, `YYYY-MM-DD`: the unit of the courier trust buckets. */
export type TrustDay = string;

/** The Vietnam calendar day of an instant. */
export function vnDayOf(at: Date): TrustDay {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before it for a negative `n`). */
export function addDays(day: TrustDay, n: number): TrustDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: TrustDay, to: TrustDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
