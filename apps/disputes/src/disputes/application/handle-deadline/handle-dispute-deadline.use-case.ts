import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { onDeadlineDue } from '../../domain/dispute-deadlines';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { DisputeOfferRecord } from '../../infrastructure/dispute-trail.orm-entities';
import type { DisputeDeadlinePayload } from '../shared/dispute-deadline-kinds';
import { DisputeResolutions } from '../shared/dispute-resolutions';
import { DisputeTransitions } from '../shared/dispute-transitions';
import { escalate } from '../shared/escalation';
import { DisputeMetrics } from '../shared/dispute.metrics';

/**
 * A dispute deadline fell due (in the scheduler's transaction, the dispute locked). If the dispute still runs that
 * deadline, its default applies (see `onDeadlineDue`):
 * - the merchant's silence: a default judgment for the buyer, as asked;
 * - the buyer's silence after a rejection: closed for the seller, the money released;
 * - an unanswered offer: it lapses and the dispute goes to a mediator;
 * - the mediator's silence: the breach is flagged (trail, metric, operator alert); the dispute stays in the queue;
 * - no return shipped: closed, the money released to the seller.
 * A deadline whose state has been left (answered in time, withdrawn) does nothing.
 */
@Injectable()
export class HandleDisputeDeadlineUseCase {
  constructor(
    private readonly transitions: DisputeTransitions,
    private readonly resolutions: DisputeResolutions,
    private readonly outbox: OutboxWriter,
    private readonly metrics: DisputeMetrics,
  ) {}

  async execute(m: EntityManager, disputeId: string, payload: DisputeDeadlinePayload): Promise<void> {
    const dispute = await this.transitions.lock(m, disputeId);
    if (!dispute) return;
    const consequence = onDeadlineDue(payload.deadline, dispute.state, dispute.requestedOutcome);
    if (consequence.kind === 'STALE') return;
    const now = this.transitions.now();
    if (consequence.kind === 'FLAG_BREACH') return this.flagMediatorBreach(m, dispute, now);
    switch (consequence.trigger) {
      case 'MERCHANT_DEADLINE_PASSED': {
        dispute.merchantOnTime = false;
        await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: 'DEFAULT_JUDGMENT' }, now);
        const resolution = { path: 'DEFAULT_JUDGMENT' as const, requestedOutcome: dispute.requestedOutcome, requestedAmount: dispute.requestedAmount };
        return this.mustResolve(await this.resolutions.resolve(m, dispute, resolution, consequence.trigger, now), dispute);
      }
      case 'BUYER_ESCALATION_DEADLINE_PASSED':
        await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: 'CLOSED_NOT_ESCALATED' }, now);
        return this.mustResolve(await this.resolutions.resolve(m, dispute, { path: 'BUYER_DID_NOT_ESCALATE' }, consequence.trigger, now), dispute);
      case 'OFFER_DEADLINE_PASSED':
        return this.lapseOffer(m, dispute, now);
      case 'RETURN_DEADLINE_PASSED':
        await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: 'RETURN_NOT_SHIPPED' }, now);
        await this.transitions.move(m, dispute, { trigger: consequence.trigger }, now);
        await this.outbox.record(m, 'disputes.return-deadline-passed', { orderId: dispute.orderId, disputeId, dueAt: payload.dueAt, passedAt: now.toISOString() });
        return;
      default:
        throw new Error(`no default for ${consequence.trigger}`);
    }
  }

  private async lapseOffer(m: EntityManager, dispute: DisputeRecord, now: Date): Promise<void> {
    const offer = await m.findOneBy(DisputeOfferRecord, { disputeId: dispute.id, state: 'PENDING' });
    if (offer) {
      await m.update(DisputeOfferRecord, { id: offer.id }, { state: 'LAPSED', answeredAt: now });
      await this.outbox.record(m, 'disputes.offer-declined', { orderId: dispute.orderId, disputeId: dispute.id, offerId: offer.id, declinedBy: 'DEADLINE', declinedAt: now.toISOString() });
    }
    await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: 'OFFER_LAPSED', amount: offer?.amount ?? null }, now);
    await escalate({ transitions: this.transitions, outbox: this.outbox }, m, dispute, 'OFFER_DEADLINE_PASSED', 'OFFER_DEADLINE', now);
  }

  private async flagMediatorBreach(m: EntityManager, dispute: DisputeRecord, now: Date): Promise<void> {
    if (dispute.mediatorBreachedAt) return;
    dispute.mediatorBreachedAt = now;
    await m.save(dispute);
    await this.transitions.trail(m, dispute, { role: 'SYSTEM', kind: 'MEDIATOR_DEADLINE_BREACHED' }, now);
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: dispute.vulnerable ? 'CRITICAL' : 'WARNING',
      code: 'MEDIATOR_DEADLINE_BREACHED',
      message: `Dispute ${dispute.id} (order ${dispute.orderCode}) passed its mediator deadline undecided${dispute.vulnerable ? ' (vulnerable consumer)' : ''}.`,
      service: 'disputes',
      orderId: dispute.orderId,
      raisedAt: now.toISOString(),
    });
    this.metrics.mediatorBreached(dispute.vulnerable);
  }

  /** A default's outcome is always valid for a stored dispute; a refusal means the row is corrupt: fail loudly. */
  private mustResolve(result: { ok: true } | { ok: false; code: string }, dispute: DisputeRecord): void {
    if (!result.ok) throw new Error(`dispute ${dispute.id}: default outcome refused (${result.code})`);
  }
}
