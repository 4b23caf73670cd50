import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { STATE_DEADLINES } from '../../domain/dispute-deadlines';
import type { DisputeDeadlinePayload } from '../shared/dispute-deadline-kinds';
import { DisputeTransitions } from '../shared/dispute-transitions';

/**
 * A deadline's reminder came due: if the dispute still runs that very deadline, `disputes.deadline-reminder`
 * tells notifications whom to remind (the party who must act) and the absolute time.
 */
@Injectable()
export class SendDeadlineReminderUseCase {
  constructor(
    private readonly transitions: DisputeTransitions,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(m: EntityManager, disputeId: string, payload: DisputeDeadlinePayload): Promise<void> {
    const dispute = await this.transitions.lock(m, disputeId);
    if (!dispute || dispute.currentDeadline !== payload.deadline || dispute.currentDueAt?.toISOString() !== payload.dueAt) return;
    const runs = STATE_DEADLINES[dispute.state];
    if (!runs) return;
    await this.outbox.record(m, 'disputes.deadline-reminder', {
      orderId: dispute.orderId,
      disputeId,
      deadline: payload.deadline,
      dueAt: payload.dueAt,
      recipientRole: runs.role,
      remindedAt: this.transitions.now().toISOString(),
    });
  }
}
