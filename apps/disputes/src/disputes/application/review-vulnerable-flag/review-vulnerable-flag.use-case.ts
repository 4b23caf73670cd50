import { Injectable } from '@nestjs/common';
import type { VulnerableCategory } from '@trustcircle/contracts';
import { OutboxWriter } from '@trustcircle/messaging';
import { OPEN_DISPUTE_STATES } from '../../domain/dispute-state-machine';
import { ActionRefused, type DisputeActionResult } from '../shared/action-result';
import { DisputeActions } from '../shared/dispute-actions';

/** A mediator's review of the vulnerable-consumer flag. */
export interface VulnerableReviewInput {
  action: 'CONFIRM' | 'REMOVE';
  /** CONFIRM: the group (required when the buyer declared none; may correct the declared one). */
  category: VulnerableCategory | null;
  reason: string;
}

/**
 * A mediator confirms (setting or correcting the category) or removes the vulnerable-consumer flag of an open
 * dispute, with a reason; the change is recorded on the trail and as `disputes.vulnerable-flag-changed`. A removed
 * flag keeps its category (status REMOVED, no priority, no shortened deadlines) so the regulator view can report it.
 * Decision: the queue priority follows at once; deadlines already running keep their length, and the next ones
 * follow the new flag (shortening a running deadline would surprise the party it binds).
 */
@Injectable()
export class ReviewVulnerableFlagUseCase {
  constructor(
    private readonly actions: DisputeActions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(operatorId: string, disputeId: string, input: VulnerableReviewInput): Promise<DisputeActionResult> {
    return this.actions.run({ kind: 'operator', operatorId }, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, OPEN_DISPUTE_STATES, now, false);
      const category = input.action === 'CONFIRM' ? (input.category ?? dispute.vulnerableCategory) : dispute.vulnerableCategory;
      if (input.action === 'CONFIRM' && !category) throw new ActionRefused({ kind: 'invalid-field', field: 'category', code: 'CATEGORY_REQUIRED', message: 'category is required to confirm a flag the buyer did not declare' });
      if (input.action === 'REMOVE' && !dispute.vulnerable) throw new ActionRefused({ kind: 'wrong-state', state: `${dispute.state} (not flagged vulnerable)` });
      dispute.vulnerable = input.action === 'CONFIRM';
      dispute.vulnerableCategory = category; // a removed flag keeps its category, for the regulator view
      dispute.vulnerableStatus = input.action === 'CONFIRM' ? 'CONFIRMED' : 'REMOVED';
      dispute.updatedAt = now;
      await m.save(dispute);
      await this.actions.transitions.trail(m, dispute, { role: 'MEDIATOR', authorId: operatorId, kind: input.action === 'CONFIRM' ? 'VULNERABLE_CONFIRMED' : 'VULNERABLE_REMOVED', body: input.reason }, now);
      await this.outbox.record(m, 'disputes.vulnerable-flag-changed', {
        orderId: dispute.orderId,
        disputeId,
        change: input.action === 'CONFIRM' ? 'CONFIRMED' : 'REMOVED',
        vulnerable: dispute.vulnerable,
        category: dispute.vulnerable ? category : null,
        changedBy: operatorId,
        reason: input.reason,
        changedAt: now.toISOString(),
      });
    });
  }
}
