import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { decideReport, type RecordedReport, type SettlementAnswer, type SettlementReport } from '../../domain/settlement-report';
import { InstructionRecord } from '../../infrastructure/instruction.orm-entity';
import { InstructionStore } from '../shared/instruction-store';
import { FailInstruction } from './fail-instruction';
import { SettleInstruction } from './settle-instruction';

/** A partner's report about one of its instructions. */
export interface RecordSettlementCommand {
  partnerId: string;
  instructionId: string;
  report: SettlementReport;
}

/** `recorded` / `repeat` (answered as the first), `not-found` (unknown, or another partner's), `conflict` (409). */
export type RecordSettlementResult = { kind: 'recorded' | 'repeat'; answer: SettlementAnswer } | { kind: 'not-found' } | { kind: 'conflict'; detail: string };

interface ReportRow {
  status: 'SETTLED' | 'FAILED';
  reference: string;
  reason: string | null;
  reported_at: Date;
  answer: SettlementAnswer;
}

/**
 * Records a payment partner's settlement report (SETTLED or FAILED) of one of its instructions, in one
 * transaction: the escrow is locked first, then the instruction (the order every escrow use case takes), so
 * concurrent reports are serialised and a repeat is answered as the first (see `decideReport`).
 */
@Injectable()
export class RecordSettlementUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: InstructionStore,
    private readonly settleInstruction: SettleInstruction,
    private readonly failInstruction: FailInstruction,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(cmd: RecordSettlementCommand): Promise<RecordSettlementResult> {
    return this.dataSource.transaction(async (m) => {
      const peek = await m.findOneBy(InstructionRecord, { id: cmd.instructionId, partnerId: cmd.partnerId });
      if (!peek) return { kind: 'not-found' as const };
      const escrow = peek.escrowId ? await m.findOne(EscrowRecord, { where: { id: peek.escrowId }, lock: { mode: 'pessimistic_write' } }) : null;
      const instruction = (await this.store.lock(m, peek.id)) as InstructionRecord;
      const decision = decideReport(instruction, await this.reportsOf(m, instruction.id), cmd.report);
      if (decision.kind === 'repeat') return { kind: 'repeat' as const, answer: decision.answer };
      if (decision.kind === 'conflict') return decision;
      const now = this.clock.now();
      const answer =
        cmd.report.status === 'SETTLED'
          ? await this.settleInstruction.settle(m, instruction, escrow, cmd.report, now)
          : await this.failInstruction.fail(m, instruction, cmd.report, now);
      await m.query(
        `INSERT INTO "escrow"."instruction_reports" ("id", "instruction_id", "attempt", "status", "reference", "reason", "reported_at", "answer", "recorded_at")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [randomUUID(), instruction.id, answer.attempt, cmd.report.status, cmd.report.reference, cmd.report.reason, cmd.report.reportedAt, JSON.stringify(answer), now],
      );
      return { kind: 'recorded' as const, answer };
    });
  }

  private async reportsOf(m: EntityManager, instructionId: string): Promise<RecordedReport[]> {
    const rows = (await m.query(`SELECT "status", "reference", "reason", "reported_at", "answer" FROM "escrow"."instruction_reports" WHERE "instruction_id" = $1`, [instructionId])) as ReportRow[];
    return rows.map((r) => ({ status: r.status, reference: r.reference, reason: r.reason, reportedAt: new Date(r.reported_at), answer: r.answer }));
  }
}
