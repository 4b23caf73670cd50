import type { Vnd } from '@trustcircle/kernel';
import { LedgerError } from './ledger-error';
import { idempotencyKeyOf, type LedgerPurpose, type LedgerTransaction, ledgerTransaction } from './ledger-transaction';

/** The purpose of parking a payment received before its order (free text in the ledger; part of the idempotency key). */
export const PARK_PAYMENT_PURPOSE = 'PARK_PAYMENT' satisfies LedgerPurpose;
/** The purpose of matching a parked payment to its order's escrow. */
export const MATCH_PARKED_PAYMENT_PURPOSE = 'MATCH_PARKED_PAYMENT' satisfies LedgerPurpose;

/** A parked payment: its own id (the suspense account and the cause) and the partner that received it. */
export interface ParkedPaymentRef {
  paymentId: string;
  partnerId: string;
  amount: Vnd;
}

function positive(amount: Vnd, what: string): void {
  if (typeof amount !== 'bigint' || amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `${what} must be a bigint > 0, got ${String(amount)}`);
}

/**
 * A payment received before its order was known: the partner holds the money, escrow owes it to no escrow yet.
 * DEBIT partner clearing {partner} / CREDIT suspense {payment}. Keyed by the payment id: parked at most once.
 * Belongs to no escrow (nor order) until matched.
 */
export function parkPaymentTransaction(p: ParkedPaymentRef): LedgerTransaction {
  positive(p.amount, 'parked amount');
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(p.paymentId, PARK_PAYMENT_PURPOSE),
    purpose: PARK_PAYMENT_PURPOSE,
    escrowId: null,
    orderId: null,
    postings: [
      { account: { type: 'PARTNER_CLEARING', partnerId: p.partnerId }, side: 'DEBIT', amount: p.amount },
      { account: { type: 'SUSPENSE', paymentId: p.paymentId }, side: 'CREDIT', amount: p.amount },
    ],
    metadata: { partnerId: p.partnerId, paymentId: p.paymentId },
  });
}

/**
 * A parked payment matched to its order: the escrow now holds it. DEBIT suspense {payment} / CREDIT held funds
 * {escrow}, the whole parked amount (the suspense account ends at 0). Keyed by the payment id: matched at most
 * once. It counts as the escrow's funding (credits to held funds), like `fundTransaction` for a live payment.
 */
export function matchParkedPaymentTransaction(p: ParkedPaymentRef & { escrowId: string; orderId: string }): LedgerTransaction {
  positive(p.amount, 'matched amount');
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(p.paymentId, MATCH_PARKED_PAYMENT_PURPOSE),
    purpose: MATCH_PARKED_PAYMENT_PURPOSE,
    escrowId: p.escrowId,
    orderId: p.orderId,
    postings: [
      { account: { type: 'SUSPENSE', paymentId: p.paymentId }, side: 'DEBIT', amount: p.amount },
      { account: { type: 'HELD_FUNDS', escrowId: p.escrowId }, side: 'CREDIT', amount: p.amount },
    ],
    metadata: { partnerId: p.partnerId, paymentId: p.paymentId },
  });
}
