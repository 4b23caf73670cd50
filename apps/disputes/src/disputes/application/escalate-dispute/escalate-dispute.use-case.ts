import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EvidenceItemInput } from '../../../evidence/application/evidence-attachment';
import type { DisputeActionResult } from '../shared/action-result';
import { DisputeActions } from '../shared/dispute-actions';
import { escalate } from '../shared/escalation';

/**
 * After the marketplace rejected the complaint, the buyer asks a mediator to decide, before the escalation
 * deadline, with their reasons and any further evidence. The case joins the mediators' queue.
 */
@Injectable()
export class EscalateDisputeUseCase {
  constructor(
    private readonly actions: DisputeActions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(orderId: string, disputeId: string, input: { message: string; evidence: readonly EvidenceItemInput[] }): Promise<DisputeActionResult> {
    return this.actions.run({ kind: 'buyer', orderId }, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, ['AWAITING_BUYER_ESCALATION'], now);
      const messageId = await this.actions.transitions.trail(m, dispute, { role: 'BUYER', kind: 'ESCALATED', body: input.message }, now);
      await this.actions.attach(m, dispute, messageId, { role: 'BUYER', orderId }, input.evidence, now);
      await escalate({ transitions: this.actions.transitions, outbox: this.outbox }, m, dispute, 'BUYER_ESCALATED', 'BUYER', now);
    });
  }
}
