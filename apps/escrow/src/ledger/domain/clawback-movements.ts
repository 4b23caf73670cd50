import type { Vnd } from '@trustcircle/kernel';
import { LedgerError } from './ledger-error';
import { idempotencyKeyOf, type LedgerPurpose, type LedgerTransaction, ledgerTransaction } from './ledger-transaction';
import type { MovementCause } from './money-movements';

/** The purpose of a claw-back posting (free text in the ledger; part of the idempotency key). */
export const CLAWBACK_PURPOSE = 'CLAWBACK' satisfies LedgerPurpose;
/** The purpose of recovering a claw-back from a later payout of the same seller. */
export const CLAWBACK_RECOVERY_PURPOSE = 'CLAWBACK_RECOVERY' satisfies LedgerPurpose;

/** Who owes a claw-back: a marketplace's seller. */
export interface ClawbackSeller {
  marketplaceId: string;
  sellerId: string;
}

/**
 * How much may still be clawed back from an escrow's seller: what was released to them (credited to their
 * payable) minus the claw-backs already recorded for the escrow; never below 0.
 */
export function clawbackLimit(releasedToSeller: Vnd, clawedBackBefore: Vnd): Vnd {
  const left = releasedToSeller - clawedBackBefore;
  return left > 0n ? left : 0n;
}

/**
 * An approved claw-back: the seller now owes `amount` and the buyer is owed it back.
 * DEBIT seller receivable {marketplace, seller} / CREDIT buyer refund payable {escrow}. The cause is the approved
 * manual action's id, so one approval posts at most once.
 */
export function clawbackTransaction(c: MovementCause & ClawbackSeller & { amount: Vnd }): LedgerTransaction {
  if (typeof c.amount !== 'bigint' || c.amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `a claw-back must be a bigint > 0, got ${String(c.amount)}`);
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, CLAWBACK_PURPOSE),
    purpose: CLAWBACK_PURPOSE,
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings: [
      { account: { type: 'SELLER_RECEIVABLE', marketplaceId: c.marketplaceId, sellerId: c.sellerId }, side: 'DEBIT', amount: c.amount },
      { account: { type: 'BUYER_REFUND_PAYABLE', escrowId: c.escrowId }, side: 'CREDIT', amount: c.amount },
    ],
    metadata: { marketplaceId: c.marketplaceId, sellerId: c.sellerId },
  });
}

/**
 * Recovery of an outstanding claw-back from a later payout of the same seller (escrow `escrowId`, another order):
 * DEBIT seller payable {escrow, seller} / CREDIT seller receivable {marketplace, seller}; the payout is reduced by
 * `amount`. The cause is the payout's cause key.
 */
export function clawbackRecoveryTransaction(c: MovementCause & ClawbackSeller & { amount: Vnd }): LedgerTransaction {
  if (typeof c.amount !== 'bigint' || c.amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `a recovery must be a bigint > 0, got ${String(c.amount)}`);
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, CLAWBACK_RECOVERY_PURPOSE),
    purpose: CLAWBACK_RECOVERY_PURPOSE,
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings: [
      { account: { type: 'SELLER_PAYABLE', escrowId: c.escrowId, sellerId: c.sellerId }, side: 'DEBIT', amount: c.amount },
      { account: { type: 'SELLER_RECEIVABLE', marketplaceId: c.marketplaceId, sellerId: c.sellerId }, side: 'CREDIT', amount: c.amount },
    ],
    metadata: { marketplaceId: c.marketplaceId, sellerId: c.sellerId },
  });
}
