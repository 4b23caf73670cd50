import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.escrow-underpaid` v1: payments so far are below the order total. The escrow waits for a top-up until
 * the funding deadline, then expires and refunds what was paid.
 */
export class EscrowUnderpaidV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The order total, whole VND. */
  @IsVndAmount()
  expectedAmount!: number;

  /** Paid so far, whole VND. */
  @IsVndAmount()
  paidAmount!: number;

  /** Still missing, whole VND (expectedAmount − paidAmount). */
  @IsVndAmount()
  shortfall!: number;

  /** When the escrow expires without a top-up (ISO-8601 UTC). */
  @IsUtcTimestamp()
  fundingDeadline!: string;

  /** When escrow found the shortfall (ISO-8601 UTC). */
  @IsUtcTimestamp()
  detectedAt!: string;
}
