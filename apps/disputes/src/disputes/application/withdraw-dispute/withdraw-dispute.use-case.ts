import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@trustcircle/messaging';
import { DisputeOfferRecord } from '../../infrastructure/dispute-trail.orm-entities';
import type { DisputeActionResult } from '../shared/action-result';
import { DisputeActions } from '../shared/dispute-actions';

/**
 * The buyer withdraws the complaint at any time before a money outcome is decided (even from the mediators'
 * queue, even after a deadline of theirs passed and before its sweep). A pending offer lapses with it;
 * `disputes.dispute-withdrawn` lifts escrow's hold (the rest of the inspection window resumes).
 */
@Injectable()
export class WithdrawDisputeUseCase {
  constructor(
    private readonly actions: DisputeActions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(orderId: string, disputeId: string, input: { message: string | null }): Promise<DisputeActionResult> {
    return this.actions.run({ kind: 'buyer', orderId }, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, ['AWAITING_MERCHANT', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'ESCALATED'], now, false);
      await m.update(DisputeOfferRecord, { disputeId, state: 'PENDING' }, { state: 'WITHDRAWN', answeredAt: now });
      await this.actions.transitions.trail(m, dispute, { role: 'BUYER', kind: 'WITHDRAWN', body: input.message }, now);
      await this.actions.transitions.move(m, dispute, { trigger: 'BUYER_WITHDREW' }, now);
      await this.outbox.record(m, 'disputes.dispute-withdrawn', { orderId: dispute.orderId, disputeId, withdrawnAt: now.toISOString() });
    });
  }
}
