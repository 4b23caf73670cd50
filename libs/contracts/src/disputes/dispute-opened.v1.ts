import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';
import {
  DISPUTE_REASONS,
  REQUESTED_OUTCOMES,
  VULNERABLE_CATEGORIES,
  type DisputeReason,
  type RequestedOutcome,
  type VulnerableCategory,
} from './dispute-vocabulary';

/**
 * `disputes.dispute-opened` v1: a buyer filed a complaint about the order (one open dispute per order). A
 * `disputes.hold-requested` follows at once; the merchant's response deadline runs from here.
 */
export class DisputeOpenedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** The marketplace (partner id) that must answer on the seller's behalf. */
  @IsUUID()
  marketplaceId!: string;

  /** The marketplace's own seller id (external, 1–100 characters): whose trust score it counts against. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  sellerId!: string;

  /** NOT_RECEIVED, DAMAGED, NOT_AS_DESCRIBED, COUNTERFEIT, WRONG_ITEM, MISSING_PARTS or OTHER. */
  @IsIn(DISPUTE_REASONS)
  reason!: DisputeReason;

  /** What the buyer asks for: REFUND_FULL, REFUND_PARTIAL or RETURN_AND_REFUND. */
  @IsIn(REQUESTED_OUTCOMES)
  requestedOutcome!: RequestedOutcome;

  /** The partial refund asked for, whole VND; set only for REFUND_PARTIAL, otherwise null. */
  @IsRequiredWhen('requestedOutcome', ['REFUND_PARTIAL']) @IsVndAmount()
  requestedAmount!: number | null;

  /** True when the buyer declared themselves a vulnerable consumer: priority queue, shorter deadlines. */
  @IsBoolean()
  vulnerable!: boolean;

  /** The vulnerable group declared; set only when `vulnerable`, otherwise null. */
  @IsRequiredWhen('vulnerable', [true]) @IsIn(VULNERABLE_CATEGORIES)
  vulnerableCategory!: VulnerableCategory | null;

  /** Pieces of evidence filed with it (files and links), 0–50. */
  @IsInt() @Min(0) @Max(50)
  evidenceCount!: number;

  /** When the merchant's first response is due (ISO-8601 UTC); silence then means a default judgment. */
  @IsUtcTimestamp()
  merchantResponseDueAt!: string;

  /** When the buyer filed it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  openedAt!: string;
}
