import type { Vnd } from '@trustcircle/kernel';

const DAY_MS = 86_400_000;

/**
 * The age buckets of unremitted COD cash, by time since delivery: `[fromDays, toDays)` (the last is open-ended).
 * A parcel exactly 1 day old is in `DAYS_1_TO_3`; a delivery time after "now" (clock skew) counts as age 0.
 *
 * WARNING: wire values (JSON); dashboards key on them. Never rename or reorder; add a bucket only as a new one.
 */
export const COD_AGE_BUCKETS = [
  { bucket: 'UNDER_1_DAY', fromDays: 0, toDays: 1 },
  { bucket: 'DAYS_1_TO_3', fromDays: 1, toDays: 3 },
  { bucket: 'DAYS_3_TO_7', fromDays: 3, toDays: 7 },
  { bucket: 'DAYS_7_OR_MORE', fromDays: 7, toDays: null },
] as const;
export type CodAgeBucket = (typeof COD_AGE_BUCKETS)[number]['bucket'];

/** The index in {@link COD_AGE_BUCKETS} of cash delivered at `deliveredAt`, as of `now`. */
export function ageBucketIndexOf(deliveredAt: Date, now: Date): number {
  const ageMs = now.getTime() - deliveredAt.getTime();
  const i = COD_AGE_BUCKETS.findIndex((b) => b.toDays !== null && ageMs < b.toDays * DAY_MS);
  return i === -1 ? COD_AGE_BUCKETS.length - 1 : i;
}

/**
 * The delivery instants that split the buckets as of `now`, newest first (`now − 1 d`, `now − 3 d`,
 * `now − 7 d`): cash delivered after the first is in bucket 0, after the second in bucket 1, and so on; the
 * rest in the last. A reader aggregating in SQL uses these, so it buckets exactly as {@link ageBucketIndexOf}.
 */
export function ageBucketCutoffs(now: Date): Date[] {
  return COD_AGE_BUCKETS.filter((b) => b.toDays !== null).map((b) => new Date(now.getTime() - (b.toDays as number) * DAY_MS));
}

/** The unremitted cash of one age bucket, as a reader aggregates it. */
export interface AgeBucketSum {
  /** Index in {@link COD_AGE_BUCKETS}. */
  index: number;
  parcelCount: number;
  amount: Vnd;
}

/** One age bucket of the report (every bucket present, empty ones at zero). */
export interface AgeBucketLine {
  bucket: CodAgeBucket;
  fromDays: number;
  toDays: number | null;
  parcelCount: number;
  amount: Vnd;
}

/** Every bucket in order, filled from the sums a reader found (missing buckets at zero; sums of one index add up). */
export function ageBucketLines(sums: readonly AgeBucketSum[]): AgeBucketLine[] {
  return COD_AGE_BUCKETS.map((b, index) => {
    const mine = sums.filter((s) => s.index === index);
    return {
      bucket: b.bucket,
      fromDays: b.fromDays,
      toDays: b.toDays,
      parcelCount: mine.reduce((n, s) => n + s.parcelCount, 0),
      amount: mine.reduce((a, s) => a + s.amount, 0n),
    };
  });
}
