import type { DisputeReason, PaymentMethod } from '@trustcircle/contracts';

const DAY_MS = 86_400_000;

/** An order's facts as disputes learns them from events (escrow, orders, delivery-tracking). */
export interface OrderFilingFacts {
  /** How the buyer pays (`orders.order-placed`); null (not learnt yet) reads as PREPAID. */
  paymentMethod: PaymentMethod | null;
  /** When escrow was funded (prepaid: the buyer paid; COD: the courier remitted the cash); null before. */
  fundedAt: Date | null;
  /** When the inspection window ends; null while it has not started (not delivered yet). */
  inspectionEndsAt: Date | null;
  /** When the buyer confirmed receipt; null if they have not. */
  receiptConfirmedAt: Date | null;
  /** When delivery is expected (the order's promise); null if unknown. */
  expectedDeliveryAt: Date | null;
  /**
   * When the courier reported delivery; null before. For a prepaid order the rule does not read it (the
   * inspection window follows it); a COD order is paid at the door, so it is the COD order's payment instant.
   */
  deliveredAt: Date | null;
}

/**
 * When the buyer paid (pure), or null while they have not: a prepaid order when escrow was funded; a cash-on-delivery
 * order at the door, i.e. at the outbound delivery. A COD order remitted before disputes learnt of its delivery
 * (events may arrive in any order) was paid too: cash is only collected at the door, so the remittance proves it.
 */
export function paidAt(facts: Pick<OrderFilingFacts, 'paymentMethod' | 'fundedAt' | 'deliveredAt'>): Date | null {
  return facts.paymentMethod === 'COD' ? (facts.deliveredAt ?? facts.fundedAt) : facts.fundedAt;
}

/** Why a complaint may not be filed: each names the deadline (or precondition) that refused it, for the 409. */
export type FilingRefusalCode = 'ORDER_NOT_PAID' | 'RECEIPT_CONFIRMED' | 'INSPECTION_WINDOW_ENDED' | 'NOT_RECEIVED_WINDOW_ENDED';

/** The answer: allowed (with when the window closes, if known yet), or refused with the deadline that passed. */
export type FilingDecision =
  | { allowed: true; closesAt: Date | null }
  | { allowed: false; code: FilingRefusalCode; passedAt: Date | null };

/**
 * Whether a complaint for `reason` may be filed `now` (pure). The window opens at payment (`paidAt`: for a COD
 * order, the outbound delivery, when the buyer pays the courier) and closes:
 * - when the buyer confirms receipt (at once, whatever the reason: the buyer said the order was fine);
 * - otherwise at the end of the inspection window (open while it has not started, i.e. before delivery);
 * - for NOT_RECEIVED, `notReceivedDays` after the expected delivery; decision: whichever of that and the end of
 *   the inspection window is later, so a buyer whose parcel is marked delivered but never came keeps the full
 *   inspection window, and one whose parcel is late keeps the N days even before any inspection window.
 * Bounds are exclusive: at the closing instant itself the window is closed (that instant is when escrow releases).
 * With no payment the window is not open yet (`ORDER_NOT_PAID`, no deadline passed): for a COD order, until it is
 * delivered, whatever the reason (a COD buyer whose parcel never came has paid nothing).
 */
export function filingWindow(facts: OrderFilingFacts, reason: DisputeReason, now: Date, notReceivedDays: number): FilingDecision {
  const paid = paidAt(facts);
  if (!paid || now < paid) return { allowed: false, code: 'ORDER_NOT_PAID', passedAt: null };
  if (facts.receiptConfirmedAt && facts.receiptConfirmedAt <= now) return { allowed: false, code: 'RECEIPT_CONFIRMED', passedAt: facts.receiptConfirmedAt };

  const inspection = facts.inspectionEndsAt;
  const notReceived = reason === 'NOT_RECEIVED' && facts.expectedDeliveryAt ? new Date(facts.expectedDeliveryAt.getTime() + notReceivedDays * DAY_MS) : null;

  if (notReceived) {
    const closesAt = inspection && inspection > notReceived ? inspection : notReceived;
    if (now < closesAt) return { allowed: true, closesAt };
    return { allowed: false, code: closesAt === inspection ? 'INSPECTION_WINDOW_ENDED' : 'NOT_RECEIVED_WINDOW_ENDED', passedAt: closesAt };
  }
  if (!inspection) return { allowed: true, closesAt: null };
  return now < inspection ? { allowed: true, closesAt: inspection } : { allowed: false, code: 'INSPECTION_WINDOW_ENDED', passedAt: inspection };
}
