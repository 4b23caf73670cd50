import type { Vnd } from '@trustcircle/kernel';

/**
 * The status of a delivered COD parcel in the courier's reconciliation, one per parcel, decided in this order:
 * - `COLLECTION_MISMATCH`: the courier's delivered event said it collected something other than the order total
 *   (or said nothing), whatever was remitted since; operators were alerted at delivery.
 * - `MATCHED`: collected = expected, and all of it remitted (remitted = expected).
 * - `REMITTANCE_SHORT`: collected = expected, part of it remitted (0 < remitted < expected).
 * - `UNREMITTED`: collected = expected, nothing remitted yet (remitted = 0).
 *
 * WARNING: wire values (JSON, CSV); couriers' spreadsheets filter on them. Never rename one.
 */
export const COD_PARCEL_STATUSES = ['MATCHED', 'COLLECTION_MISMATCH', 'REMITTANCE_SHORT', 'UNREMITTED'] as const;
export type CodParcelStatus = (typeof COD_PARCEL_STATUSES)[number];

/** The three amounts of a delivered COD parcel, whole VND. */
export interface CodParcelAmounts {
  /** What should be collected at the door: the order total. */
  expected: Vnd;
  /** What the courier's delivered event says it collected; null when it did not say. */
  collected: Vnd | null;
  /** What the courier's remittance lines funded so far (any day; never above `expected`). */
  remitted: Vnd;
}

/** The parcel's status (see {@link COD_PARCEL_STATUSES} for the rules and their order). */
export function codParcelStatus(p: CodParcelAmounts): CodParcelStatus {
  if (p.collected === null || p.collected !== p.expected) return 'COLLECTION_MISMATCH';
  if (p.remitted >= p.expected) return 'MATCHED';
  return p.remitted > 0n ? 'REMITTANCE_SHORT' : 'UNREMITTED';
}

/**
 * The cash the courier still owes escrow for a delivered parcel: what it collected (the order total when it did
 * not say), capped at the order total (escrow never accepts more: a line above what is due is refused), less
 * what it remitted; never negative. A courier that says it collected less owes what it collected (the
 * difference is the collection mismatch, not unremitted cash).
 */
export function codOutstanding(p: CodParcelAmounts): Vnd {
  const due = p.collected === null || p.collected > p.expected ? p.expected : p.collected;
  return due > p.remitted ? due - p.remitted : 0n;
}
