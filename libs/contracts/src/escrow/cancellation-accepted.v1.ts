import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.cancellation-accepted` v1: escrow's answer to `orders.cancellation-requested`: the courier had not
 * scanned the parcel yet, so the escrow is cancelled, and refunded if it was funded.
 */
export class CancellationAcceptedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The cancellation request (UUID) answered. */
  @IsUUID()
  cancellationId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** Refunded to the buyer because of it, whole VND; 0 when nothing was paid. */
  @IsVndAmount()
  refundAmount!: number;

  /** When escrow accepted (ISO-8601 UTC). */
  @IsUtcTimestamp()
  acceptedAt!: string;
}
