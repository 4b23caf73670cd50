import { IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';

/**
 * `disputes.dispute-withdrawn` v1: the buyer withdrew the complaint. The hold lifts and the rest of the
 * inspection window resumes.
 */
export class DisputeWithdrawnV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** When the buyer withdrew it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  withdrawnAt!: string;
}
