import { IsIn, IsUUID } from 'class-validator';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { REFUND_REASONS, REFUND_TYPES, type RefundReason, type RefundType } from './escrow-vocabulary';

/**
 * `escrow.escrow-refunded` v1: held money was refunded to the buyer, in full or in part (the rest is then
 * released). A refund instruction follows.
 */
export class EscrowRefundedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** FULL (nothing released) or PARTIAL (the rest released to the seller). */
  @IsIn(REFUND_TYPES)
  refundType!: RefundType;

  /** Refunded, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** Why: CANCELLATION, SHIP_BY_MISSED, RETURN_DELIVERED, DISPUTE_OUTCOME, OPERATOR, … */
  @IsIn(REFUND_REASONS)
  reason!: RefundReason;

  /** The dispute (UUID) whose outcome refunded it; null otherwise. */
  @IsNullable() @IsUUID()
  disputeId!: string | null;

  /** When it was refunded (ISO-8601 UTC). */
  @IsUtcTimestamp()
  refundedAt!: string;
}
