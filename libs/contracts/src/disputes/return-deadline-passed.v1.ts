import { IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';

/**
 * `disputes.return-deadline-passed` v1: a RETURN_AND_REFUND outcome's return was not shipped (no first scan of a
 * return shipment) within the configured days, so the money is released to the seller.
 */
export class ReturnDeadlinePassedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** The deadline that passed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  dueAt!: string;

  /** When disputes noticed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  passedAt!: string;
}
