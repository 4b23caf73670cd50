import { addDays, daysBetween } from './trust-days';
import { type TrustCounts, ZERO_COUNTS } from './trust-score';

/** The rolling windows published, in days (each ends today, today included). */
export const TRUST_WINDOW_DAYS = [30, 90] as const;

/** A published window length. */
export type TrustWindowDays = (typeof TRUST_WINDOW_DAYS)[number];

/** Points of the trend: one per day, the last 90 days (today included), each the 30-day window ending that day. */
export const TREND_DAYS = 90;

/** The 30-day window the trend plots. */
export const TREND_WINDOW_DAYS = 30;

/** The daily buckets a read needs: the trend's first window starts `TREND_DAYS + TREND_WINDOW_DAYS - 1` days back (119 days, today included). */
export const BUCKET_DAYS_READ = TREND_DAYS + TREND_WINDOW_DAYS - 1;

/** The days `[from, to]` of the `days`-day window ending on `to` (both included). */
export function windowEnding(to: string, days: number): { from: string; to: string } {
  return { from: addDays(to, -(days - 1)), to };
}

/** The days of the trend ending today, oldest first. */
export function trendDays(today: string): string[] {
  return daysBetween(addDays(today, -(TREND_DAYS - 1)), today);
}

/** The sum of the daily buckets (by day; a missing day counts nothing) of the `days`-day window ending on `to`. */
export function sumWindow(buckets: ReadonlyMap<string, TrustCounts>, to: string, days: number): TrustCounts {
  const { from } = windowEnding(to, days);
  const sum = { ...ZERO_COUNTS };
  for (const day of daysBetween(from, to)) {
    const b = buckets.get(day);
    if (!b) continue;
    for (const key of Object.keys(sum) as Array<keyof TrustCounts>) sum[key] += b[key];
  }
  return sum;
}
