import type { Escalator } from '@trustcircle/contracts';
import type { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { DisputeTrigger } from '../../domain/dispute-state-machine';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import type { DisputeTransitions } from './dispute-transitions';

/**
 * Sends a dispute to the mediators' queue (the buyer escalated, declined an offer, or let it lapse): the state
 * moves to ESCALATED with the mediator's deadline, and `disputes.dispute-escalated` is recorded.
 */
export async function escalate(
  deps: { transitions: DisputeTransitions; outbox: OutboxWriter },
  m: EntityManager,
  dispute: DisputeRecord,
  trigger: DisputeTrigger,
  by: Escalator,
  now: Date,
): Promise<void> {
  dispute.escalatedAt = now;
  dispute.escalatedBy = by;
  await deps.transitions.move(m, dispute, { trigger }, now);
  await deps.outbox.record(m, 'disputes.dispute-escalated', {
    orderId: dispute.orderId,
    disputeId: dispute.id,
    escalatedBy: by,
    priority: dispute.vulnerable,
    mediatorDueAt: (dispute.mediatorDueAt as Date).toISOString(),
    escalatedAt: now.toISOString(),
  });
}
