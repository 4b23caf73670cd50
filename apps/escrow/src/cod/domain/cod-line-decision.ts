import type { EscrowState } from '@trustcircle/contracts';
import type { Vnd } from '@trustcircle/kernel';
import type { CodLineRefusal } from '../infrastructure/cod-remittance.orm-entity';

/** States in which an escrow takes COD cash: delivered (window open, on hold) or already decided (late cash follows the decision). */
const FUNDABLE: readonly EscrowState[] = ['FUNDED', 'IN_INSPECTION', 'ON_HOLD', 'RELEASED', 'PAID_OUT', 'REFUNDED', 'PARTIALLY_REFUNDED'];

/** Closed without ever taking cash: a line for it cannot fund anything. */
const CLOSED: readonly EscrowState[] = ['CANCELLED', 'EXPIRED'];

/** What escrow knows about the parcel a remittance line names, under the escrow's lock. */
export interface CodLineFacts {
  /** The line's amount (> 0). */
  amount: Vnd;
  /** The remitting courier's COD parcel with this tracking number; null when it has none. */
  parcel: { expected: Vnd; remitted: Vnd; deliveredAt: Date | null; refusedAt: Date | null } | null;
  /** The parcel's escrow state (null when there is no parcel). */
  state: EscrowState | null;
  /** Whether the tracking number names one of this courier's PREPAID parcels instead. */
  prepaidParcel: boolean;
}

export type CodLineDecision = { outcome: 'FUNDED' } | { outcome: 'REFUSED'; reason: CodLineRefusal };

/**
 * Decides one remittance line (pure), in this order:
 * - no COD parcel of this courier with this tracking number: NOT_COD when it names one of the courier's PREPAID
 *   parcels, else UNKNOWN_PARCEL (also for another courier's parcel, whose existence is never revealed);
 * - the escrow was cancelled or expired, or the parcel was refused at the door: ESCROW_CLOSED;
 * - not delivered yet (cash cannot have been collected): NOT_DELIVERED;
 * - more than is still due (expected − remitted so far): AMOUNT_EXCEEDS_DUE (the whole line; never split);
 * - otherwise FUNDED.
 */
export function decideCodLine(f: CodLineFacts): CodLineDecision {
  if (!f.parcel || f.state === null) return refused(f.prepaidParcel ? 'NOT_COD' : 'UNKNOWN_PARCEL');
  if (CLOSED.includes(f.state) || f.parcel.refusedAt) return refused('ESCROW_CLOSED');
  if (!f.parcel.deliveredAt || !FUNDABLE.includes(f.state)) return refused('NOT_DELIVERED');
  if (f.amount > f.parcel.expected - f.parcel.remitted) return refused('AMOUNT_EXCEEDS_DUE');
  return { outcome: 'FUNDED' };
}

function refused(reason: CodLineRefusal): CodLineDecision {
  return { outcome: 'REFUSED', reason };
}
