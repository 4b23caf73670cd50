import { basisPointsOf, type Vnd } from '@trustcircle/kernel';
import { LedgerError } from './ledger-error';
import { idempotencyKeyOf, type LedgerPosting, type LedgerTransaction, ledgerTransaction } from './ledger-transaction';

/** The escrow and the cause (event / instruction id) a money movement is about. */
export interface MovementCause {
  escrowId: string;
  orderId: string;
  /** The id of the fact that causes the movement (event id, partner transaction id…); with the purpose, the idempotency key. */
  causeId: string;
}

function positive(amount: Vnd, what: string): void {
  if (typeof amount !== 'bigint' || amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `${what} must be a bigint > 0, got ${String(amount)}`);
}

/** Funding: the partner received the buyer's money; the escrow holds it. DEBIT partner clearing, CREDIT held funds. */
export function fundTransaction(c: MovementCause & { partnerId: string; amount: Vnd }): LedgerTransaction {
  positive(c.amount, 'funded amount');
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, 'FUND'),
    purpose: 'FUND',
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings: [
      { account: { type: 'PARTNER_CLEARING', partnerId: c.partnerId }, side: 'DEBIT', amount: c.amount },
      { account: { type: 'HELD_FUNDS', escrowId: c.escrowId }, side: 'CREDIT', amount: c.amount },
    ],
    metadata: { partnerId: c.partnerId },
  });
}

/** The split of a released amount: the fee (basis points, rounded down) and the remainder, which goes to the seller. */
export function releaseSplit(amount: Vnd, feeBps: number): { fee: Vnd; seller: Vnd } {
  const fee = basisPointsOf(amount, feeBps);
  return { fee, seller: amount - fee };
}

/** Credits to the seller and the fee account for releasing `amount` (zero-amount lines are left out). */
function releasePostings(escrowId: string, sellerId: string, amount: Vnd, feeBps: number): LedgerPosting[] {
  const { fee, seller } = releaseSplit(amount, feeBps);
  const postings: LedgerPosting[] = [];
  if (seller > 0n) postings.push({ account: { type: 'SELLER_PAYABLE', escrowId, sellerId }, side: 'CREDIT', amount: seller });
  if (fee > 0n) postings.push({ account: { type: 'PLATFORM_FEE_REVENUE' }, side: 'CREDIT', amount: fee });
  return postings;
}

/** Release: DEBIT held funds `amount`, CREDIT seller payable (amount − fee) and platform fee revenue (fee). */
export function releaseTransaction(c: MovementCause & { sellerId: string; amount: Vnd; feeBps: number }): LedgerTransaction {
  positive(c.amount, 'released amount');
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, 'RELEASE'),
    purpose: 'RELEASE',
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings: [{ account: { type: 'HELD_FUNDS', escrowId: c.escrowId }, side: 'DEBIT', amount: c.amount }, ...releasePostings(c.escrowId, c.sellerId, c.amount, c.feeBps)],
    metadata: { sellerId: c.sellerId, feeBps: String(c.feeBps) },
  });
}

/** Full refund: DEBIT held funds `amount`, CREDIT buyer refund payable. No fee is taken on a refund. */
export function refundTransaction(c: MovementCause & { amount: Vnd }): LedgerTransaction {
  positive(c.amount, 'refunded amount');
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, 'REFUND'),
    purpose: 'REFUND',
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings: [
      { account: { type: 'HELD_FUNDS', escrowId: c.escrowId }, side: 'DEBIT', amount: c.amount },
      { account: { type: 'BUYER_REFUND_PAYABLE', escrowId: c.escrowId }, side: 'CREDIT', amount: c.amount },
    ],
  });
}

/**
 * Partial refund, the rest released, in one transaction: DEBIT held funds `held`; CREDIT buyer refund payable
 * `refund`; the rest (held − refund) is released like `releaseTransaction` (fee only on the released part).
 * `refund` must be > 0 and < held (a full refund is `refundTransaction`).
 */
export function partialRefundTransaction(c: MovementCause & { sellerId: string; held: Vnd; refund: Vnd; feeBps: number }): LedgerTransaction {
  positive(c.refund, 'refunded amount');
  if (c.refund >= c.held) throw new LedgerError('INVALID_AMOUNT', `a partial refund must be below the held ${c.held}, got ${c.refund}`);
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, 'PARTIAL_REFUND'),
    purpose: 'PARTIAL_REFUND',
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings: [
      { account: { type: 'HELD_FUNDS', escrowId: c.escrowId }, side: 'DEBIT', amount: c.held },
      { account: { type: 'BUYER_REFUND_PAYABLE', escrowId: c.escrowId }, side: 'CREDIT', amount: c.refund },
      ...releasePostings(c.escrowId, c.sellerId, c.held - c.refund, c.feeBps),
    ],
    metadata: { sellerId: c.sellerId, feeBps: String(c.feeBps) },
  });
}
