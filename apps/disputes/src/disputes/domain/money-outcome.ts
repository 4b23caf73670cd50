import type { DisputeOutcome, RequestedOutcome, ResolutionPath } from '@trustcircle/contracts';
import type { Vnd } from '@trustcircle/kernel';

/** How the dispute was resolved, with what that path decides about the money. */
export type DisputeResolution =
  /** The marketplace accepted, or stayed silent (default judgment): the buyer gets what was asked. */
  | { path: 'MERCHANT_ACCEPTED' | 'DEFAULT_JUDGMENT'; requestedOutcome: RequestedOutcome; requestedAmount: Vnd | null }
  /** The buyer accepted the marketplace's partial offer. */
  | { path: 'OFFER_ACCEPTED'; offerAmount: Vnd }
  /** A mediator decided; `amount` only for REFUND_PARTIAL. */
  | { path: 'MEDIATOR_DECISION'; outcome: DisputeOutcome; amount: Vnd | null }
  /** The buyer did not escalate a rejection: released to the seller. */
  | { path: 'BUYER_DID_NOT_ESCALATE' };

/** Why a resolution's money is refused. */
export type MoneyOutcomeError =
  /** The order total is not a positive amount. */
  | 'ORDER_TOTAL_INVALID'
  /** REFUND_PARTIAL (or an offer) without an amount. */
  | 'AMOUNT_REQUIRED'
  /** An amount given with an outcome that takes none (only REFUND_PARTIAL carries one). */
  | 'AMOUNT_NOT_ALLOWED'
  /** A partial amount not strictly between 0 and the order total. */
  | 'PARTIAL_AMOUNT_OUT_OF_RANGE';

/** When a refund must be clawed back from the seller because escrow held no money. */
export interface ClawbackRequest {
  amount: Vnd;
  /** At resolution, or (RETURN_AND_REFUND) once the return shipment is delivered. */
  when: 'AT_RESOLUTION' | 'ON_RETURN_DELIVERED';
}

/** The money fields of `disputes.dispute-resolved` (amounts as bigint; `vndToWire` at the edge), plus any claw-back. */
export interface MoneyOutcome {
  outcome: DisputeOutcome;
  /** Whole VND refunded to the buyer: the total for a full refund or a return, 0 for a release. */
  refundAmount: Vnd;
  resolvedBy: ResolutionPath;
  moneyHeld: boolean;
  /** Set when a refund is due but escrow held no money (`disputes.clawback-requested`); otherwise null. */
  clawback: ClawbackRequest | null;
}

/** Checks a partial refund: strictly more than 0 and strictly less than the order total (else a full refund). */
export function checkPartialAmount(amount: Vnd | null, orderTotal: Vnd): MoneyOutcomeError | null {
  if (amount === null) return 'AMOUNT_REQUIRED';
  return amount > 0n && amount < orderTotal ? null : 'PARTIAL_AMOUNT_OUT_OF_RANGE';
}

/** What an outcome refunds, given its amount (checked), or the error. */
function refundFor(outcome: DisputeOutcome, amount: Vnd | null, orderTotal: Vnd): Vnd | MoneyOutcomeError {
  if (outcome === 'REFUND_PARTIAL') return checkPartialAmount(amount, orderTotal) ?? (amount as Vnd);
  if (amount !== null) return 'AMOUNT_NOT_ALLOWED';
  return outcome === 'RELEASE_TO_SELLER' ? 0n : orderTotal;
}

/**
 * The money of a resolution (pure): the outcome and refund never above the order total, and whether the refund
 * becomes a claw-back request because escrow held no money (the hold was refused: the money was already released).
 * - ACCEPT / default judgment: as asked (REFUND_FULL and RETURN_AND_REFUND refund the total; REFUND_PARTIAL the
 *   amount asked, which must be 0 < amount < total);
 * - an accepted offer: REFUND_PARTIAL of the offer (0 < amount < total);
 * - a mediator's decision: its outcome, with an amount only for REFUND_PARTIAL;
 * - the buyer did not escalate: RELEASE_TO_SELLER, 0.
 * A RETURN_AND_REFUND claw-back waits for the return to be delivered, as the refund itself does.
 */
export function moneyOutcome(resolution: DisputeResolution, orderTotal: Vnd, moneyHeld: boolean): { ok: true; value: MoneyOutcome } | { ok: false; code: MoneyOutcomeError } {
  if (orderTotal <= 0n) return { ok: false, code: 'ORDER_TOTAL_INVALID' };
  const [outcome, amount]: [DisputeOutcome, Vnd | null] =
    resolution.path === 'OFFER_ACCEPTED'
      ? ['REFUND_PARTIAL', resolution.offerAmount]
      : resolution.path === 'MEDIATOR_DECISION'
        ? [resolution.outcome, resolution.amount]
        : resolution.path === 'BUYER_DID_NOT_ESCALATE'
          ? ['RELEASE_TO_SELLER', null]
          : [resolution.requestedOutcome, resolution.requestedAmount];
  const refund = refundFor(outcome, amount, orderTotal);
  if (typeof refund === 'string') return { ok: false, code: refund };
  const clawback: ClawbackRequest | null =
    !moneyHeld && refund > 0n ? { amount: refund, when: outcome === 'RETURN_AND_REFUND' ? 'ON_RETURN_DELIVERED' : 'AT_RESOLUTION' } : null;
  return { ok: true, value: { outcome, refundAmount: refund, resolvedBy: resolution.path, moneyHeld, clawback } };
}
