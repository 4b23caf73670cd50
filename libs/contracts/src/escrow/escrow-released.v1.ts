import { IsBoolean, IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { EqualsSumOf } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { RELEASE_REASONS, type ReleaseReason } from './escrow-vocabulary';

/**
 * `escrow.escrow-released` v1: held money was released to the seller: all of it, or the rest after a partial
 * refund. The platform fee is taken here and only here; a payout instruction follows.
 */
export class EscrowReleasedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** Released from held funds, whole VND: sellerAmount + feeAmount. */
  @IsVndAmount() @EqualsSumOf(['sellerAmount', 'feeAmount'])
  amount!: number;

  /** Platform fee, whole VND: amount × feeBps / 10,000, rounded down. */
  @IsVndAmount()
  feeAmount!: number;

  /** What the seller is owed, whole VND: the rest. */
  @IsVndAmount()
  sellerAmount!: number;

  /** The fee rate applied, in basis points (0–10,000). */
  @IsInt() @Min(0) @Max(10_000)
  feeBps!: number;

  /** Why: INSPECTION_WINDOW_ELAPSED, RECEIPT_CONFIRMED, DISPUTE_OUTCOME, RETURN_NOT_SHIPPED or OPERATOR. */
  @IsIn(RELEASE_REASONS)
  reason!: ReleaseReason;

  /** True when this releases the rest after a partial refund. */
  @IsBoolean()
  afterPartialRefund!: boolean;

  /** The dispute (UUID) whose outcome released it; null otherwise. */
  @IsNullable() @IsUUID()
  disputeId!: string | null;

  /** When it was released (ISO-8601 UTC). */
  @IsUtcTimestamp()
  releasedAt!: string;
}
