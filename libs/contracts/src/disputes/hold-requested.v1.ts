import { IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';

/**
 * `disputes.hold-requested` v1: disputes asks escrow to hold the order's money while the dispute is open.
 * Escrow decides (it owns the money) and answers with `escrow.hold-accepted` or `escrow.hold-refused`.
 */
export class HoldRequestedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** When disputes asked (ISO-8601 UTC). */
  @IsUtcTimestamp()
  requestedAt!: string;
}
