import { Injectable } from '@nestjs/common';
import type { DisputeOutcome } from '@trustcircle/contracts';
import { type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { moneyOutcome } from '../../domain/money-outcome';
import { ActionRefused, type DisputeActionResult } from '../shared/action-result';
import { DisputeActions } from '../shared/dispute-actions';
import { DisputeResolutions } from '../shared/dispute-resolutions';

/** A mediator's decision, checked on the wire. */
export interface DecisionInput {
  outcome: DisputeOutcome;
  /** REFUND_PARTIAL only. */
  amount: Vnd | null;
  reason: string;
}

/**
 * A mediator decides an escalated dispute (late decisions are taken, and recorded as not on time). The decision
 * records who decided and why, is final on the platform, and the buyer is told where to take the case next;
 * `disputes.dispute-decided` and then `disputes.dispute-resolved` go out in the same transaction.
 */
@Injectable()
export class DecideDisputeUseCase {
  constructor(
    private readonly actions: DisputeActions,
    private readonly resolutions: DisputeResolutions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(operatorId: string, disputeId: string, input: DecisionInput): Promise<DisputeActionResult> {
    return this.actions.run({ kind: 'operator', operatorId }, disputeId, async (m, dispute, now) => {
      this.actions.requireTurn(dispute, ['ESCALATED'], now, false);
      const checked = moneyOutcome({ path: 'MEDIATOR_DECISION', outcome: input.outcome, amount: input.amount }, dispute.orderTotal, true);
      if (!checked.ok) throw new ActionRefused({ kind: 'invalid-field', field: 'amount', code: checked.code });
      dispute.decidedBy = operatorId;
      dispute.decisionReason = input.reason;
      const decisionId = await this.actions.transitions.trail(m, dispute, { role: 'MEDIATOR', authorId: operatorId, kind: 'DECIDED', body: input.reason, amount: input.amount ?? checked.value.refundAmount }, now);
      await this.outbox.record(m, 'disputes.dispute-decided', {
        orderId: dispute.orderId,
        disputeId,
        decisionId,
        outcome: input.outcome,
        amount: input.amount === null ? null : vndToWire(input.amount),
        decidedBy: operatorId,
        reason: input.reason,
        onTime: dispute.mediatorDueAt !== null && now < dispute.mediatorDueAt,
        decidedAt: now.toISOString(),
      });
      const resolved = await this.resolutions.resolve(m, dispute, { path: 'MEDIATOR_DECISION', outcome: input.outcome, amount: input.amount }, 'MEDIATOR_DECIDED', now);
      if (!resolved.ok) throw new ActionRefused({ kind: 'invalid-field', field: 'amount', code: resolved.code });
    });
  }
}
