import { Injectable } from '@nestjs/common';
import { vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { DisputeOfferRecord } from '../../infrastructure/dispute-trail.orm-entities';
import { ActionRefused, type DisputeActionResult } from '../shared/action-result';
import { DisputeActions } from '../shared/dispute-actions';
import { DisputeResolutions } from '../shared/dispute-resolutions';
import { escalate } from '../shared/escalation';

/** The buyer's answer to the pending offer. */
export interface OfferAnswerInput {
  decision: 'ACCEPT' | 'DECLINE';
  message: string | null;
}

/**
 * The buyer accepts or declines the marketplace's pending offer, before the offer deadline. Accepting resolves
 * the dispute as a partial refund of the offer (the rest released to the seller); declining escalates to a
 * mediator at once (an explicit "no" never leaves the buyer worse off than silence, which escalates too).
 */
@Injectable()
export class AnswerOfferUseCase {
  constructor(
    private readonly actions: DisputeActions,
    private readonly resolutions: DisputeResolutions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(orderId: string, disputeId: string, input: OfferAnswerInput): Promise<DisputeActionResult> {
    return this.actions.run({ kind: 'buyer', orderId }, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, ['OFFER_PENDING'], now);
      const offer = await m.findOne(DisputeOfferRecord, { where: { disputeId, state: 'PENDING' }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw new ActionRefused({ kind: 'wrong-state', state: dispute.state });
      offer.answeredAt = now;
      if (input.decision === 'ACCEPT') await this.accept(m, dispute, offer, input, now);
      else await this.decline(m, dispute, offer, input, now);
    });
  }

  private async accept(m: EntityManager, dispute: DisputeRecord, offer: DisputeOfferRecord, input: OfferAnswerInput, now: Date): Promise<void> {
    offer.state = 'ACCEPTED';
    await m.save(offer);
    await this.actions.transitions.trail(m, dispute, { role: 'BUYER', kind: 'OFFER_ACCEPTED', body: input.message, amount: offer.amount }, now);
    await this.outbox.record(m, 'disputes.offer-accepted', { orderId: dispute.orderId, disputeId: dispute.id, offerId: offer.id, amount: vndToWire(offer.amount), acceptedAt: now.toISOString() });
    const resolved = await this.resolutions.resolve(m, dispute, { path: 'OFFER_ACCEPTED', offerAmount: offer.amount }, 'BUYER_ACCEPTED_OFFER', now);
    if (!resolved.ok) throw new ActionRefused({ kind: 'invalid-field', field: 'decision', code: resolved.code });
  }

  private async decline(m: EntityManager, dispute: DisputeRecord, offer: DisputeOfferRecord, input: OfferAnswerInput, now: Date): Promise<void> {
    offer.state = 'DECLINED';
    await m.save(offer);
    await this.actions.transitions.trail(m, dispute, { role: 'BUYER', kind: 'OFFER_DECLINED', body: input.message, amount: offer.amount }, now);
    await this.outbox.record(m, 'disputes.offer-declined', { orderId: dispute.orderId, disputeId: dispute.id, offerId: offer.id, declinedBy: 'BUYER', declinedAt: now.toISOString() });
    await escalate({ transitions: this.actions.transitions, outbox: this.outbox }, m, dispute, 'BUYER_DECLINED_OFFER', 'BUYER', now);
  }
}
