import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNotEqualTo } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.clawback-recorded` v1: an approved claw-back was entered in the ledger and the buyer's refund of
 * `amount` instructed. The platform returns its fee share of it and the seller owes the rest (the split is in the
 * ledger transaction's metadata), deducted from their next payouts. Used when a dispute ends in a refund after
 * the money was released.
 */
export class ClawbackRecordedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The claw-back's id (UUID); equals the approved manual action's id. */
  @IsUUID()
  clawbackId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The dispute (UUID) that asked for it; null when operators started it. */
  @IsNullable() @IsUUID()
  disputeId!: string | null;

  /** The marketplace (partner id) of the seller. */
  @IsUUID()
  marketplaceId!: string;

  /** The marketplace's own seller id (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  sellerId!: string;

  /** Refunded to the buyer, whole VND: the seller's share plus the platform's fee share. */
  @IsVndAmount()
  amount!: number;

  /** The operator (UUID) who proposed it. */
  @IsUUID()
  proposedBy!: string;

  /** The operator (UUID) who approved it: never the proposer. */
  @IsUUID() @IsNotEqualTo('proposedBy')
  approvedBy!: string;

  /** When the ledger entry was made (ISO-8601 UTC). */
  @IsUtcTimestamp()
  recordedAt!: string;
}
