/**
 * The escrow's own deadlines on the shared scheduler (subject: the escrow id). Each is scheduled and cancelled
 * in the transaction of the change that makes it due or moot, and fires exactly once across replicas.
 */
export const ESCROW_DEADLINES = {
  /** An unfunded (or underpaid) PREPAID escrow expires at its funding deadline; what was paid is refunded. */
  FUNDING_EXPIRY: 'escrow.funding-expiry',
  /** A funded escrow whose parcel the courier has not scanned by the ship-by time is refunded in full. */
  SHIP_BY: 'escrow.ship-by',
  /** The inspection window ends: with no hold, the money is released to the seller. */
  INSPECTION_END: 'escrow.inspection-end',
  /** An event that came before its order's escrow stops waiting (subject: the event id). */
  EARLY_EVENT_EXPIRY: 'escrow.early-event-expiry',
} as const;

const DAY_MS = 86_400_000;

/** `from` plus `days` whole days. */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}
