import type { Vnd } from '@trustcircle/kernel';
import { LedgerError } from './ledger-error';
import { idempotencyKeyOf, type LedgerPurpose, type LedgerTransaction, ledgerTransaction } from './ledger-transaction';

/** The purpose of settling a payout instruction (free text in the ledger; part of the idempotency key). */
export const SETTLE_PAYOUT_PURPOSE = 'SETTLE_PAYOUT' satisfies LedgerPurpose;
/** The purpose of settling a refund instruction. */
export const SETTLE_REFUND_PURPOSE = 'SETTLE_REFUND' satisfies LedgerPurpose;

/** A settled instruction: its id is the cause (one settlement per instruction), its partner moved the money. */
export interface SettledInstruction {
  instructionId: string;
  partnerId: string;
  amount: Vnd;
  orderId: string | null;
}

function positive(amount: Vnd): void {
  if (typeof amount !== 'bigint' || amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `a settled amount must be a bigint > 0, got ${String(amount)}`);
}

/**
 * The partner paid the seller: DEBIT seller payable {escrow, seller} / CREDIT partner clearing {partner} (the money
 * left the partner). At most once per instruction.
 */
export function settlePayoutTransaction(s: SettledInstruction & { escrowId: string; sellerId: string }): LedgerTransaction {
  positive(s.amount);
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(s.instructionId, SETTLE_PAYOUT_PURPOSE),
    purpose: SETTLE_PAYOUT_PURPOSE,
    escrowId: s.escrowId,
    orderId: s.orderId,
    postings: [
      { account: { type: 'SELLER_PAYABLE', escrowId: s.escrowId, sellerId: s.sellerId }, side: 'DEBIT', amount: s.amount },
      { account: { type: 'PARTNER_CLEARING', partnerId: s.partnerId }, side: 'CREDIT', amount: s.amount },
    ],
    metadata: { instructionId: s.instructionId, partnerId: s.partnerId, sellerId: s.sellerId },
  });
}

/**
 * The partner refunded the buyer: DEBIT buyer refund payable {escrow} / CREDIT partner clearing {partner}; for a
 * parked payment never matched to an escrow (`escrowId` null): DEBIT suspense {payment} / CREDIT partner clearing.
 * At most once per instruction.
 */
export function settleRefundTransaction(s: SettledInstruction & { escrowId: string | null; paymentId: string | null }): LedgerTransaction {
  positive(s.amount);
  if (s.escrowId === null && s.paymentId === null) throw new LedgerError('INVALID_AMOUNT', `refund ${s.instructionId} has neither an escrow nor a payment to settle against`);
  const from = s.escrowId !== null ? ({ type: 'BUYER_REFUND_PAYABLE', escrowId: s.escrowId } as const) : ({ type: 'SUSPENSE', paymentId: s.paymentId as string } as const);
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(s.instructionId, SETTLE_REFUND_PURPOSE),
    purpose: SETTLE_REFUND_PURPOSE,
    escrowId: s.escrowId,
    orderId: s.orderId,
    postings: [
      { account: from, side: 'DEBIT', amount: s.amount },
      { account: { type: 'PARTNER_CLEARING', partnerId: s.partnerId }, side: 'CREDIT', amount: s.amount },
    ],
    metadata: { instructionId: s.instructionId, partnerId: s.partnerId, ...(s.paymentId ? { paymentId: s.paymentId } : {}) },
  });
}
