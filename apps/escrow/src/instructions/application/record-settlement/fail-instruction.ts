import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { afterFailure } from '../../domain/instruction-retry-policy';
import type { SettlementAnswer, SettlementReport } from '../../domain/settlement-report';
import type { InstructionRecord } from '../../infrastructure/instruction.orm-entity';
import { INSTRUCTION_RETRY_DEADLINE, type InstructionRetryPayload } from '../retry-instruction/instruction-retry.handler';
import { InstructionStore } from '../shared/instruction-store';

/**
 * Records a failed attempt of an instruction: FAILED with a retry scheduled after a backoff (the shared deadline
 * scheduler re-issues it), or, once INSTRUCTION_MAX_ATTEMPTS are spent, ESCALATED with a critical operator alert.
 * `escrow.instruction-failed` either way: a failure is never lost.
 */
@Injectable()
export class FailInstruction {
  constructor(
    private readonly store: InstructionStore,
    private readonly outbox: OutboxWriter,
    private readonly deadlines: DeadlineScheduler,
    private readonly env: EscrowEnv,
  ) {}

  async fail(m: EntityManager, i: InstructionRecord, report: SettlementReport, now: Date): Promise<SettlementAnswer> {
    const outcome = afterFailure(i.attempt, this.env.INSTRUCTION_MAX_ATTEMPTS, this.env.INSTRUCTION_RETRY_BASE_MS, now);
    const reason = report.reason ?? 'no reason given';
    const status = outcome.nextAction === 'RETRY' ? 'FAILED' : 'ESCALATED';
    await this.store.patch(m, i, { status, lastFailureReason: reason, nextAttemptAt: outcome.nextAttemptAt }, now);
    await this.outbox.record(m, 'escrow.instruction-failed', {
      instructionId: i.id,
      kind: i.kind,
      orderId: i.orderId,
      partnerId: i.partnerId,
      amount: vndToWire(i.amount),
      reason,
      attempt: i.attempt,
      nextAction: outcome.nextAction,
      nextAttemptAt: outcome.nextAttemptAt?.toISOString() ?? null,
      failedAt: report.reportedAt.toISOString(),
    });
    if (outcome.nextAttemptAt) {
      const payload: InstructionRetryPayload = { attempt: i.attempt };
      await this.deadlines.schedule(m, INSTRUCTION_RETRY_DEADLINE, i.id, outcome.nextAttemptAt, payload);
    } else {
      await this.outbox.record(m, 'platform.operator-alert-raised', {
        alertId: randomUUID(),
        severity: 'CRITICAL',
        code: 'INSTRUCTION_FAILED',
        message: `${i.kind} instruction ${i.id} (${vndToWire(i.amount)} VND) failed ${i.attempt} times at payment partner ${i.partnerId}; it is escalated: an operator must decide how the money moves.`,
        service: 'escrow',
        orderId: i.orderId,
        raisedAt: now.toISOString(),
      });
    }
    return {
      instructionId: i.id,
      kind: i.kind,
      status,
      attempt: i.attempt,
      nextAction: outcome.nextAction,
      nextAttemptAt: outcome.nextAttemptAt?.toISOString() ?? null,
      recordedAt: now.toISOString(),
    };
  }
}
