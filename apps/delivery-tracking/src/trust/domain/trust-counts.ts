import { type Histogram, medianTwice, mergeHistogram } from './median';

/** The counters of one courier's day (or window): integers only. */
export interface TrustCounts {
  /** Shipments whose first courier event arrived that day. */
  shipments: number;
  /** Shipments that had their first exception (EXCEPTION, LOST or RETURNED) that day. */
  exceptions: number;
  /** Shipments delivered that day (first delivery only). */
  delivered: number;
  /** Of those, delivered on or before their expected delivery date. */
  deliveredOnTime: number;
  /** Delivery attempts that day: failed attempts plus deliveries. */
  attempts: number;
  /** Failed delivery attempts (DELIVERY_FAILED) that day. */
  failedAttempts: number;
}

/** A day's bucket: its counters, event latencies (whole minutes → events) and COD remittance ages (minutes → lines). */
export interface TrustBucket {
  counts: TrustCounts;
  latencyMinutes: Histogram;
  codAgeMinutes: Histogram;
}

/** A window's sums and exact medians (doubled, so they stay integers). */
export interface TrustWindowFacts extends TrustCounts {
  /** Twice the median event latency in minutes; null with no event. */
  latencyMedian2: number | null;
  /** Twice the median COD remittance age in minutes; null with no remittance. */
  codAgeMedian2: number | null;
}

/** Counters at zero. */
export const ZERO_COUNTS: TrustCounts = Object.freeze({
  shipments: 0,
  exceptions: 0,
  delivered: 0,
  deliveredOnTime: 0,
  attempts: 0,
  failedAttempts: 0,
});

/** Sums the buckets of a window and takes the exact medians of their histograms. */
export function windowFacts(buckets: Iterable<TrustBucket>): TrustWindowFacts {
  const counts: TrustCounts = { ...ZERO_COUNTS };
  const latency = new Map<number, number>();
  const cod = new Map<number, number>();
  for (const b of buckets) {
    for (const k of Object.keys(counts) as Array<keyof TrustCounts>) counts[k] += b.counts[k];
    mergeHistogram(latency, b.latencyMinutes);
    mergeHistogram(cod, b.codAgeMinutes);
  }
  return {
    ...counts,
    latencyMedian2: medianTwice(latency),
    codAgeMedian2: medianTwice(cod),
  };
}
