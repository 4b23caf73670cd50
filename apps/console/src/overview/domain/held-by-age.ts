import { type Vnd, vndToWire } from '@trustcircle/kernel';

/** Ages of held money, in whole days since funding. */
export const HELD_AGE_BUCKETS = [
  { bucket: 'UNDER_1_DAY', fromDays: 0, toDays: 1 },
  { bucket: '1_TO_3_DAYS', fromDays: 1, toDays: 3 },
  { bucket: '3_TO_7_DAYS', fromDays: 3, toDays: 7 },
  { bucket: '7_TO_14_DAYS', fromDays: 7, toDays: 14 },
  { bucket: '14_DAYS_OR_MORE', fromDays: 14, toDays: null },
] as const;

/** Held money of one age bucket: `fromDays` ≤ age < `toDays` (no upper bound when null). */
export interface HeldAgeBucket {
  bucket: (typeof HELD_AGE_BUCKETS)[number]['bucket'];
  fromDays: number;
  toDays: number | null;
  amount: number;
  escrows: number;
}

/** Held money grouped by whole days held (what the database sums). */
export interface HeldByDays {
  ageDays: number;
  amount: Vnd;
  escrows: number;
}

/**
 * Spreads held money over the age buckets (every bucket present, in order) and totals it, in bigint until the
 * wire. A negative age (funded after "now" by the clock of another replica) counts as under a day.
 */
export function heldByAge(rows: readonly HeldByDays[]): { amount: number; escrows: number; byAge: HeldAgeBucket[] } {
  const sums = HELD_AGE_BUCKETS.map(() => ({ amount: 0n, escrows: 0 }));
  for (const row of rows) {
    const age = Math.max(0, row.ageDays);
    const i = HELD_AGE_BUCKETS.findIndex((b) => age >= b.fromDays && (b.toDays === null || age < b.toDays));
    sums[i].amount += row.amount;
    sums[i].escrows += row.escrows;
  }
  return {
    amount: vndToWire(sums.reduce((t, s) => t + s.amount, 0n)),
    escrows: sums.reduce((t, s) => t + s.escrows, 0),
    byAge: HELD_AGE_BUCKETS.map((b, i) => ({ ...b, amount: vndToWire(sums[i].amount), escrows: sums[i].escrows })),
  };
}
