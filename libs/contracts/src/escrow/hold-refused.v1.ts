import { IsIn, IsUUID } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { HOLD_REFUSAL_REASONS, type HoldRefusalReason } from './escrow-vocabulary';

/**
 * `escrow.hold-refused` v1: escrow's answer to `disputes.hold-requested`: no money can be held (typically it was
 * already released). The dispute goes on with no money held; a refund then becomes a claw-back request.
 */
export class HoldRefusedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute (UUID) that asked. */
  @IsUUID()
  disputeId!: string;

  /** The escrow's id (UUID); null when escrow knows no escrow for the order (UNKNOWN_ORDER). */
  @IsNullable() @IsUUID()
  escrowId!: string | null;

  /** ALREADY_RELEASED, ALREADY_REFUNDED, NOT_FUNDED, ESCROW_CLOSED or UNKNOWN_ORDER. */
  @IsIn(HOLD_REFUSAL_REASONS)
  reason!: HoldRefusalReason;

  /** When escrow refused (ISO-8601 UTC). */
  @IsUtcTimestamp()
  refusedAt!: string;
}
