import type { Vnd } from '@trustcircle/kernel';
import { LedgerError } from './ledger-error';
import { idempotencyKeyOf, type LedgerPosting, type LedgerPurpose, type LedgerTransaction, ledgerTransaction } from './ledger-transaction';
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
 * How much may still be clawed back on an escrow: what it released gross (credited to the seller's payable plus the
 * platform fee taken on it) minus the claw-backs already recorded, whole amounts (what the buyers got); never below 0.
 * A claw-back may reach the gross because the platform returns its fee share (see {@link clawbackSplit}).
 */
export function clawbackLimit(releasedGross: Vnd, clawedBackBefore: Vnd): Vnd {
  const left = releasedGross - clawedBackBefore;
  return left > 0n ? left : 0n;
}

/** An escrow's release and earlier claw-backs (whole VND), which decide how the next claw-back splits. */
export interface ClawbackBasis {
  /** Released gross: credited to the seller's payable plus the platform fee taken on it. */
  releasedGross: Vnd;
  /** The platform fee taken on that release (credited to PLATFORM_FEE_REVENUE). */
  feeTaken: Vnd;
  /** Claw-backs already recorded on the escrow, whole amounts (credited to the buyer's refund payable). */
  clawedBackBefore: Vnd;
  /** Of those, the fee the platform already returned (debited from PLATFORM_FEE_REVENUE). */
  feeReturnedBefore: Vnd;
}

/** Who pays a claw-back back to the buyer: the platform (`fee`, its fee share) and the seller (`seller`, owed). */
export interface ClawbackSplit {
  fee: Vnd;
  seller: Vnd;
}

/**
 * Splits a claw-back of `amount` (all of which goes to the buyer) between the platform, which returns the fee it
 * took on that money, and the seller, who owes the rest; so the buyer ends where they would have been had the money
 * been held (a refund takes no fee). The fee share is proportional, rounded down on the running total: after
 * claw-backs totalling C the platform has returned floor(C × feeTaken / releasedGross) in all. So the first
 * claw-back's share is floor(amount × feeTaken / releasedGross), a full claw-back returns exactly `feeTaken`, the
 * claw-back that reaches the limit takes the fee still unreturned, the fee returned never exceeds the fee taken,
 * and no share exceeds its claw-back (the seller never owes more than they received). bigint only.
 * Throws `INVALID_AMOUNT` for an amount ≤ 0 or above {@link clawbackLimit}, or a fee outside [0, releasedGross].
 */
export function clawbackSplit(amount: Vnd, basis: ClawbackBasis): ClawbackSplit {
  const { releasedGross, feeTaken, clawedBackBefore, feeReturnedBefore } = basis;
  if (typeof amount !== 'bigint' || amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `a claw-back must be a bigint > 0, got ${String(amount)}`);
  if (feeTaken < 0n || feeTaken > releasedGross) throw new LedgerError('INVALID_AMOUNT', `a fee of ${feeTaken} cannot come from a release of ${releasedGross}`);
  const limit = clawbackLimit(releasedGross, clawedBackBefore);
  if (amount > limit) throw new LedgerError('INVALID_AMOUNT', `at most ${limit} can still be clawed back, got ${amount}`);
  const after = clawedBackBefore + amount;
  const returnedAfter = after === releasedGross ? feeTaken : (after * feeTaken) / releasedGross;
  const unreturned = feeTaken > feeReturnedBefore ? feeTaken - feeReturnedBefore : 0n;
  let fee = returnedAfter - feeReturnedBefore;
  if (fee < 0n) fee = 0n;
  if (fee > unreturned) fee = unreturned;
  if (fee > amount) fee = amount;
  return { fee, seller: amount - fee };
}

/**
 * An approved claw-back of `amount` with the platform's `feeShare` of it (see {@link clawbackSplit}): the buyer is
 * owed `amount` back, the seller owes `amount − feeShare` and the platform returns `feeShare`.
 * DEBIT seller receivable {marketplace, seller} (amount − feeShare), DEBIT platform fee revenue (feeShare), CREDIT
 * buyer refund payable {escrow} (amount); zero lines are left out. The cause is the approved manual action's id, so
 * one approval posts at most once. The split is also in the metadata (`feeShare`, `sellerShare`).
 */
export function clawbackTransaction(c: MovementCause & ClawbackSeller & { amount: Vnd; feeShare: Vnd }): LedgerTransaction {
  if (typeof c.amount !== 'bigint' || c.amount <= 0n) throw new LedgerError('INVALID_AMOUNT', `a claw-back must be a bigint > 0, got ${String(c.amount)}`);
  if (typeof c.feeShare !== 'bigint' || c.feeShare < 0n || c.feeShare > c.amount) {
    throw new LedgerError('INVALID_AMOUNT', `a claw-back's fee share must be a bigint in [0, ${c.amount}], got ${String(c.feeShare)}`);
  }
  const sellerShare = c.amount - c.feeShare;
  const postings: LedgerPosting[] = [];
  if (sellerShare > 0n) postings.push({ account: { type: 'SELLER_RECEIVABLE', marketplaceId: c.marketplaceId, sellerId: c.sellerId }, side: 'DEBIT', amount: sellerShare });
  if (c.feeShare > 0n) postings.push({ account: { type: 'PLATFORM_FEE_REVENUE' }, side: 'DEBIT', amount: c.feeShare });
  postings.push({ account: { type: 'BUYER_REFUND_PAYABLE', escrowId: c.escrowId }, side: 'CREDIT', amount: c.amount });
  return ledgerTransaction({
    idempotencyKey: idempotencyKeyOf(c.causeId, CLAWBACK_PURPOSE),
    purpose: CLAWBACK_PURPOSE,
    escrowId: c.escrowId,
    orderId: c.orderId,
    postings,
    metadata: { marketplaceId: c.marketplaceId, sellerId: c.sellerId, feeShare: c.feeShare.toString(), sellerShare: sellerShare.toString() },
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
