import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ManualActionDecision } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { DataSource } from 'typeorm';
import { EscrowTransitions } from '../../../escrow/application/shared/escrow-transitions';
import { decisionRefusal } from '../../domain/manual-action-rules';
import { ClawbackRequestRecord } from '../../infrastructure/clawback-request.orm-entity';
import { ManualActionRecord } from '../../infrastructure/manual-action.orm-entity';
import { alreadyDecided, escrowNotFound, manualActionNotFound, sameOperator } from '../shared/operation-problems';
import { ManualActionExecutor } from './manual-action-executor';

/** A second admin's decision on a proposal. */
export interface DecideManualActionCommand {
  orderId: string;
  actionId: string;
  decision: ManualActionDecision;
  decidedBy: string;
  note: string | null;
}

/**
 * Approves or rejects a proposed manual action, under the escrow's row lock: never by its proposer (403), once
 * only (409). Records the decider and `escrow.manual-action-decided`; an approval executes the action at once in
 * the same transaction (if that fails, nothing of the decision is kept). A rejected claw-back reopens its request.
 */
@Injectable()
export class DecideManualActionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: EscrowTransitions,
    private readonly executor: ManualActionExecutor,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(cmd: DecideManualActionCommand): Promise<ManualActionRecord> {
    return this.dataSource.transaction(async (m) => {
      const escrow = await this.transitions.lockByOrder(m, cmd.orderId);
      if (!escrow) throw escrowNotFound(cmd.orderId);
      const action = await m.findOne(ManualActionRecord, { where: { id: cmd.actionId, escrowId: escrow.id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw manualActionNotFound(cmd.actionId);
      const refusal = decisionRefusal(action, cmd.decidedBy);
      if (refusal === 'ALREADY_DECIDED') throw alreadyDecided(action.id, action.status);
      if (refusal === 'SAME_OPERATOR') throw sameOperator();
      const now = this.clock.now();
      Object.assign(action, { status: cmd.decision, decidedBy: cmd.decidedBy, decidedAt: now, note: cmd.note });
      await m.update(ManualActionRecord, { id: action.id }, { status: action.status, decidedBy: action.decidedBy, decidedAt: now, note: action.note });
      await this.outbox.record(m, 'escrow.manual-action-decided', {
        orderId: escrow.orderId,
        actionId: action.id,
        escrowId: escrow.id,
        kind: action.kind,
        decision: cmd.decision,
        proposedBy: action.proposedBy,
        decidedBy: cmd.decidedBy,
        note: cmd.note,
        decidedAt: now.toISOString(),
      });
      if (cmd.decision === 'APPROVED') await this.executor.execute(m, escrow, action);
      else if (action.kind === 'CLAWBACK') await m.update(ClawbackRequestRecord, { actionId: action.id, status: 'PROPOSED' }, { status: 'OPEN', actionId: null, updatedAt: now });
      return action;
    });
  }
}
