import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MerchantAction } from '@trustcircle/contracts';
import { type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { EvidenceItemInput } from '../../../evidence/application/evidence-attachment';
import { checkPartialAmount } from '../../domain/money-outcome';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { DisputeOfferRecord } from '../../infrastructure/dispute-trail.orm-entities';
import { ActionRefused, type DisputeActionResult } from '../shared/action-result';
import { DisputeActions } from '../shared/dispute-actions';
import { DisputeResolutions } from '../shared/dispute-resolutions';

/** The marketplace's answer, checked on the wire. */
export interface MerchantResponseInput {
  action: MerchantAction;
  /** OFFER_PARTIAL only. */
  amount: Vnd | null;
  message: string;
  evidence: readonly EvidenceItemInput[];
}

const TRAIL_KIND = { ACCEPT: 'MERCHANT_ACCEPTED', REJECT: 'MERCHANT_REJECTED', OFFER_PARTIAL: 'OFFER_MADE' } as const;

/**
 * The marketplace answers a complaint on the seller's behalf, before its deadline and only once:
 * - ACCEPT: the buyer gets what was asked (RESOLVED, or AWAITING_RETURN for RETURN_AND_REFUND);
 * - REJECT: needs evidence; the buyer may escalate before the escalation deadline;
 * - OFFER_PARTIAL: an offer of 0 < amount < order total waits for the buyer's answer.
 * `disputes.merchant-responded` (and `disputes.offer-made`, or `disputes.dispute-resolved`) in the same transaction.
 */
@Injectable()
export class RespondToDisputeUseCase {
  constructor(
    private readonly actions: DisputeActions,
    private readonly resolutions: DisputeResolutions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(marketplaceId: string, disputeId: string, input: MerchantResponseInput): Promise<DisputeActionResult> {
    return this.actions.run({ kind: 'marketplace', marketplaceId }, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, ['AWAITING_MERCHANT'], now);
      this.check(dispute, input);
      dispute.merchantRespondedAt = now;
      dispute.merchantAction = input.action;
      dispute.merchantOnTime = true;
      const messageId = await this.actions.transitions.trail(m, dispute, { role: 'MERCHANT', authorId: marketplaceId, kind: TRAIL_KIND[input.action], body: input.message, amount: input.amount }, now);
      const evidenceCount = await this.actions.attach(m, dispute, messageId, { role: 'MERCHANT', marketplaceId }, input.evidence, now);
      if (input.action === 'ACCEPT') {
        await this.responded(m, dispute, input, evidenceCount, now);
        const resolution = { path: 'MERCHANT_ACCEPTED' as const, requestedOutcome: dispute.requestedOutcome, requestedAmount: dispute.requestedAmount };
        const resolved = await this.resolutions.resolve(m, dispute, resolution, 'MERCHANT_ACCEPTED', now);
        if (!resolved.ok) throw new ActionRefused({ kind: 'invalid-field', field: 'action', code: resolved.code });
        return;
      }
      await this.actions.transitions.move(m, dispute, { trigger: input.action === 'REJECT' ? 'MERCHANT_REJECTED' : 'MERCHANT_OFFERED' }, now);
      await this.responded(m, dispute, input, evidenceCount, now);
      if (input.action === 'OFFER_PARTIAL') await this.offer(m, dispute, input.amount as Vnd, now);
    });
  }

  /** REJECT needs evidence; only OFFER_PARTIAL carries an amount, strictly between 0 and the order total. */
  private check(dispute: DisputeRecord, input: MerchantResponseInput): void {
    if (input.action === 'REJECT' && input.evidence.length === 0) {
      throw new ActionRefused({ kind: 'invalid-evidence', refusal: { field: 'evidence', code: 'EVIDENCE_REQUIRED', message: 'A rejection needs at least one piece of evidence' } });
    }
    const amountError = input.action === 'OFFER_PARTIAL' ? checkPartialAmount(input.amount, dispute.orderTotal) : input.amount === null ? null : 'AMOUNT_NOT_ALLOWED';
    if (amountError) throw new ActionRefused({ kind: 'invalid-field', field: 'amount', code: amountError });
  }

  private async responded(m: EntityManager, dispute: DisputeRecord, input: MerchantResponseInput, evidenceCount: number, now: Date): Promise<void> {
    await this.outbox.record(m, 'disputes.merchant-responded', {
      orderId: dispute.orderId,
      disputeId: dispute.id,
      action: input.action,
      amount: input.amount === null ? null : vndToWire(input.amount),
      evidenceCount,
      onTime: true,
      buyerDueAt: input.action === 'ACCEPT' ? null : (dispute.currentDueAt?.toISOString() ?? null),
      respondedAt: now.toISOString(),
    });
  }

  private async offer(m: EntityManager, dispute: DisputeRecord, amount: Vnd, now: Date): Promise<void> {
    const offer = m.create(DisputeOfferRecord, { id: randomUUID(), disputeId: dispute.id, amount, state: 'PENDING', madeAt: now, buyerDueAt: dispute.currentDueAt as Date, answeredAt: null });
    await m.insert(DisputeOfferRecord, offer);
    await this.outbox.record(m, 'disputes.offer-made', {
      orderId: dispute.orderId,
      disputeId: dispute.id,
      offerId: offer.id,
      amount: vndToWire(amount),
      buyerDueAt: offer.buyerDueAt.toISOString(),
      madeAt: now.toISOString(),
    });
  }
}
