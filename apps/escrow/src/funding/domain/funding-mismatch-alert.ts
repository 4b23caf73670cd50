import type { OperatorAlertRaisedV1 } from '@trustcircle/contracts';
import type { Vnd } from '@trustcircle/kernel';
import type { FundingDecision } from './funding-decision';

/** What the alert names about a payment applied to its escrow (ids and amounts only: no personal data). */
export interface FundingMismatchFacts {
  orderId: string;
  orderCode: string;
  escrowId: string;
  /** What the escrow expects in all (the order total). */
  expected: Vnd;
  paymentId: string;
  partnerId: string;
  partnerTxnId: string;
  /** This payment. */
  amount: Vnd;
  /** The escrow's funding deadline (null: none, e.g. COD). */
  fundingDeadline: Date | null;
}

/**
 * The WARNING `FUNDING_MISMATCH` operator alert for a payment that does not match what its escrow expects, or null
 * when it does (EXACT). The message says what escrow does about it:
 * - UNDERPAID: the escrow waits (UNDERPAID) for a top-up until its funding deadline, and expires with a refund of
 *   what was paid if none comes;
 * - OVERPAID while awaiting funding: the escrow is FUNDED with what it expects and the excess is refunded against
 *   the payment;
 * - any payment to an escrow no longer awaiting funding (already funded, COD, closed): the whole payment is
 *   refunded against itself, the escrow unchanged.
 */
export function fundingMismatchAlert(d: FundingDecision, f: FundingMismatchFacts, alertId: string, now: Date): OperatorAlertRaisedV1 | null {
  if (d.match === 'EXACT') return null;
  const order = `Order ${f.orderCode} (${f.orderId})`;
  const payment = `payment ${f.paymentId} (partner ${f.partnerId}, transaction ${f.partnerTxnId}) of ${f.amount} VND`;
  const expected = `escrow ${f.escrowId} expects ${f.expected} VND`;
  let message: string;
  if (d.match === 'UNDERPAID') {
    const deadline = f.fundingDeadline ? ` until ${f.fundingDeadline.toISOString()}` : '';
    message =
      `${order} is underpaid: ${payment}; ${expected} and has received ${d.totalPaid} VND, ${d.shortfall} VND short. ` +
      `The escrow stays UNDERPAID awaiting a top-up${deadline}; if none comes, it expires and what was paid is refunded.`;
  } else if (d.funds) {
    message =
      `${order} is overpaid: ${payment}; ${expected} and has received ${d.totalPaid} VND, ${d.excess} VND too much. ` +
      `The escrow is FUNDED with ${f.expected} VND; the excess ${d.excess} VND is refunded against the payment (OVERPAYMENT).`;
  } else {
    message =
      `${order} was paid while no longer awaiting funding: ${payment}; ${expected} and is ${d.stateAfter}. ` +
      `The escrow is unchanged; the whole ${d.excess} VND is refunded against the payment (OVERPAYMENT).`;
  }
  return { alertId, severity: 'WARNING', code: 'FUNDING_MISMATCH', message, service: 'escrow', orderId: f.orderId, raisedAt: now.toISOString() };
}
