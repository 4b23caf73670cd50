import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { ESCALATORS, type Escalator } from './dispute-vocabulary';

/**
 * `disputes.dispute-escalated` v1: the dispute went to the mediators' queue (ordered by priority, then
 * deadline). A mediator decides before `mediatorDueAt`.
 */
export class DisputeEscalatedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** BUYER, or OFFER_DEADLINE when an offer went unanswered. */
  @IsIn(ESCALATORS)
  escalatedBy!: Escalator;

  /** True for a (declared or confirmed) vulnerable consumer: front of the queue. */
  @IsBoolean()
  priority!: boolean;

  /** When the mediator's decision is due (ISO-8601 UTC); a breach is flagged to operators. */
  @IsUtcTimestamp()
  mediatorDueAt!: string;

  /** When it was escalated (ISO-8601 UTC). */
  @IsUtcTimestamp()
  escalatedAt!: string;
}
