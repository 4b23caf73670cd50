import { IsIn, IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { DEADLINE_ROLES, DISPUTE_DEADLINES, type DeadlineRole, type DisputeDeadline } from './dispute-vocabulary';

/**
 * `disputes.deadline-reminder` v1: a dispute deadline is near (24 h before, by default). Notifications tells the
 * party who must act, with the absolute deadline in Asia/Ho_Chi_Minh time. Critical: bypasses quiet hours.
 */
export class DeadlineReminderV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** MERCHANT_RESPONSE, BUYER_ESCALATION, BUYER_OFFER_RESPONSE, MEDIATOR_DECISION or RETURN_SHIPMENT. */
  @IsIn(DISPUTE_DEADLINES)
  deadline!: DisputeDeadline;

  /** When it falls due (ISO-8601 UTC). */
  @IsUtcTimestamp()
  dueAt!: string;

  /** Who must act: BUYER, MERCHANT or MEDIATOR. */
  @IsIn(DEADLINE_ROLES)
  recipientRole!: DeadlineRole;

  /** When the reminder was due to go out (ISO-8601 UTC). */
  @IsUtcTimestamp()
  remindedAt!: string;
}
