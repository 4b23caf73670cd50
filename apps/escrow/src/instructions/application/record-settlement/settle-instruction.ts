import { Injectable } from '@nestjs/common';
import { vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { escrowStateMachine } from '../../../escrow/domain/escrow-state-machine';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import type { SettlementAnswer, SettlementReport } from '../../domain/settlement-report';
import { InstructionRecord } from '../../infrastructure/instruction.orm-entity';
import { InstructionInFlight } from '../shared/instruction-in-flight';
import { InstructionStore } from '../shared/instruction-store';

/**
 * Records a settled instruction: the settlement's ledger movement (the payable cleared against the partner's
 * clearing account: its pending transaction posted for good, see `InstructionInFlight`), SETTLED, `escrow.instruction-settled`; when the last payout of an escrow is settled, the
 * escrow (locked by the caller) moves to PAID_OUT with `escrow.escrow-paid-out`.
 */
@Injectable()
export class SettleInstruction {
  constructor(
    private readonly store: InstructionStore,
    private readonly inFlight: InstructionInFlight,
    private readonly outbox: OutboxWriter,
    private readonly documented: DocumentedOutbox,
  ) {}

  async settle(m: EntityManager, i: InstructionRecord, escrow: EscrowRecord | null, report: SettlementReport, now: Date): Promise<SettlementAnswer> {
    await this.inFlight.settle(m, i);
    await this.store.patch(m, i, { status: 'SETTLED', partnerReference: report.reference, settledAt: report.reportedAt, settlementRecordedAt: now, nextAttemptAt: null }, now);
    await this.outbox.record(m, 'escrow.instruction-settled', {
      instructionId: i.id,
      kind: i.kind,
      orderId: i.orderId,
      partnerId: i.partnerId,
      amount: vndToWire(i.amount),
      partnerReference: report.reference,
      settledAt: report.reportedAt.toISOString(),
    });
    if (i.kind === 'PAYOUT' && escrow) await this.closeIfPaidOut(m, escrow, i, report, now);
    return { instructionId: i.id, kind: i.kind, status: 'SETTLED', attempt: i.attempt, nextAction: null, nextAttemptAt: null, recordedAt: now.toISOString() };
  }

  /** RELEASED / PARTIALLY_REFUNDED → PAID_OUT once every payout instruction of the escrow is settled. */
  private async closeIfPaidOut(m: EntityManager, escrow: EscrowRecord, last: InstructionRecord, report: SettlementReport, now: Date): Promise<void> {
    if (!escrowStateMachine.check(escrow.state, 'PAID_OUT').ok) return;
    const payouts = await m.find(InstructionRecord, { where: { escrowId: escrow.id, kind: 'PAYOUT' } });
    if (payouts.some((p) => p.status !== 'SETTLED')) return;
    await m.update(EscrowRecord, { id: escrow.id }, { state: 'PAID_OUT', updatedAt: now, closedAt: escrow.closedAt ?? now });
    Object.assign(escrow, { state: 'PAID_OUT', updatedAt: now, closedAt: escrow.closedAt ?? now });
    await this.documented.record(m, 'escrow.escrow-paid-out', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      instructionId: last.id,
      partnerId: last.partnerId,
      amount: vndToWire(payouts.reduce((sum, p) => sum + p.amount, 0n)),
      partnerReference: report.reference,
      paidOutAt: report.reportedAt.toISOString(),
    });
  }
}
