import { addDays, daysBetween, type TrustDay } from './trust-day';
import { type TrustBucket, type TrustWindowFacts, windowFacts } from './trust-counts';

/** A courier's daily buckets, by day (days without a bucket had no activity). */
export class TrustHistory {
  constructor(private readonly buckets: ReadonlyMap<TrustDay, TrustBucket>) {}

  /** The facts of the `days`-day window ending on `to` (inclusive): `to − days + 1` … `to`. */
  window(to: TrustDay, days: number): TrustWindowFacts {
    const from = addDays(to, -(days - 1));
    return windowFacts([...this.buckets].filter(([day]) => day >= from && day <= to).map(([, b]) => b));
  }

  /** Every day from `from` to `to`, inclusive, oldest first. */
  static days(from: TrustDay, to: TrustDay): TrustDay[] {
    const n = daysBetween(from, to);
    return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
  }
}
