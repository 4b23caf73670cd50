import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { DISPUTE_OUTCOMES, type DisputeOutcome } from './dispute-vocabulary';

/**
 * `disputes.dispute-decided` v1: a mediator decided the dispute. Decisions are final on the platform; the buyer
 * is told where to take the case next. Escrow records it as a decision document; `disputes.dispute-resolved`
 * follows with the money outcome.
 */
export class DisputeDecidedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** The decision's id (UUID). */
  @IsUUID()
  decisionId!: string;

  /** REFUND_FULL, REFUND_PARTIAL, RELEASE_TO_SELLER or RETURN_AND_REFUND. */
  @IsIn(DISPUTE_OUTCOMES)
  outcome!: DisputeOutcome;

  /** The refund decided, whole VND; set only for REFUND_PARTIAL, otherwise null. */
  @IsRequiredWhen('outcome', ['REFUND_PARTIAL']) @IsVndAmount()
  amount!: number | null;

  /** The mediator (operator id, UUID) who decided. */
  @IsUUID()
  decidedBy!: string;

  /** The mediator's reasons (1–2,000 characters), shown to both parties. */
  @IsString() @IsNotEmpty() @MaxLength(2000)
  reason!: string;

  /** True when decided before the mediator's deadline. */
  @IsBoolean()
  onTime!: boolean;

  /** When it was decided (ISO-8601 UTC). */
  @IsUtcTimestamp()
  decidedAt!: string;
}
