import { IsIn, IsUUID } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { CANCELLATION_REFUSAL_REASONS, type CancellationRefusalReason } from './escrow-vocabulary';

/**
 * `escrow.cancellation-refused` v1: escrow's answer to `orders.cancellation-requested`: too late (the courier
 * already scanned the parcel) or the escrow is closed or disputed. The order goes on.
 */
export class CancellationRefusedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The cancellation request (UUID) answered. */
  @IsUUID()
  cancellationId!: string;

  /** The escrow's id (UUID); null when escrow knows no escrow for the order (UNKNOWN_ORDER). */
  @IsNullable() @IsUUID()
  escrowId!: string | null;

  /** ALREADY_PICKED_UP, DISPUTE_OPEN, ESCROW_CLOSED or UNKNOWN_ORDER. */
  @IsIn(CANCELLATION_REFUSAL_REASONS)
  reason!: CancellationRefusalReason;

  /** When escrow refused (ISO-8601 UTC). */
  @IsUtcTimestamp()
  refusedAt!: string;
}
