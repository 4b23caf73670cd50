import { IsIn, IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { INSPECTION_END_REASONS, type InspectionEndReason } from './escrow-vocabulary';

/**
 * `escrow.inspection-ended` v1: the inspection window is over: it elapsed with no hold, or the buyer confirmed
 * receipt early. No complaint can be filed after it (except NOT_RECEIVED within its own window).
 */
export class InspectionEndedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** WINDOW_ELAPSED or RECEIPT_CONFIRMED (the buyer released early). */
  @IsIn(INSPECTION_END_REASONS)
  reason!: InspectionEndReason;

  /** When it ended (ISO-8601 UTC). */
  @IsUtcTimestamp()
  endedAt!: string;
}
