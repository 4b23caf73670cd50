import { IsIn, IsUUID } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { HOLD_RELEASE_REASONS, type HoldReleaseReason } from './escrow-vocabulary';

/**
 * `escrow.hold-released` v1: a dispute's hold ended. After a withdrawal the rest of the inspection window resumes
 * (`inspectionEndsAt`); after a resolution escrow applies the outcome.
 */
export class HoldReleasedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute (UUID) whose hold ended. */
  @IsUUID()
  disputeId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** DISPUTE_WITHDRAWN or DISPUTE_RESOLVED. */
  @IsIn(HOLD_RELEASE_REASONS)
  reason!: HoldReleaseReason;

  /** The new end of the resumed inspection window (ISO-8601 UTC); null when no window resumes. */
  @IsNullable() @IsUtcTimestamp()
  inspectionEndsAt!: string | null;

  /** When the hold ended (ISO-8601 UTC). */
  @IsUtcTimestamp()
  releasedAt!: string;
}
