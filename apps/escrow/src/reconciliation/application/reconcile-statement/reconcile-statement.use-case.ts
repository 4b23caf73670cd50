import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock, canonicalJson, fingerprint, type Vnd } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import type { StatementReconciliationResponse } from '../../api/dto/statement-reconciliation.response';
import { type BusinessDay, businessDay } from '../../domain/business-day';
import type { LineKind, TheirLine } from '../../domain/reconciliation-line';
import { compareStatement } from '../../domain/statement-comparison';
import { PartnerReconciliationRecord } from '../../infrastructure/partner-reconciliation.orm-entity';
import { OurDayLinesReader } from '../../infrastructure/our-day-lines.reader';
import { reconciliationResult } from './reconciliation-result';

/** A partner's statement of a business day. */
export interface ReconcileStatementCommand {
  partnerId: string;
  date: string;
  lines: ReadonlyArray<{ reference: string; kind: LineKind; amount: Vnd }>;
}

/** `reconciled`: a new revision; `repeat`: the latest revision had the same content (its answer). */
export interface ReconcileStatementResult {
  kind: 'reconciled' | 'repeat';
  result: StatementReconciliationResponse;
}

/**
 * Compares a payment partner's statement of a day with escrow's lines of that day (see `compareStatement`) and
 * records the reconciliation as a new revision, with `escrow.partner-statement-reconciled` and, when it does
 * not balance, a `platform.operator-alert-raised` (RECONCILIATION_MISMATCH), in one transaction. Statements of
 * one (partner, day) are serialised by an advisory lock; a statement with the content of the latest revision
 * (same date and lines, in any order) answers that revision and records nothing.
 */
@Injectable()
export class ReconcileStatementUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: OurDayLinesReader,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(cmd: ReconcileStatementCommand): Promise<ReconcileStatementResult> {
    const day = businessDay(cmd.date);
    const bodyHash = statementHash(cmd);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`escrow-reconciliation:${cmd.partnerId}:${day.date}`]);
      const latest = await m.findOne(PartnerReconciliationRecord, { where: { partnerId: cmd.partnerId, businessDate: day.date }, order: { revision: 'DESC' } });
      if (latest?.bodyHash === bodyHash) return { kind: 'repeat', result: latest.result };
      const result = await this.reconcile(m, cmd, day, bodyHash, (latest?.revision ?? 0) + 1);
      return { kind: 'reconciled', result };
    });
  }

  private async reconcile(m: EntityManager, cmd: ReconcileStatementCommand, day: BusinessDay, bodyHash: string, revision: number): Promise<StatementReconciliationResponse> {
    const ours = await this.reader.lines(m, cmd.partnerId, day);
    const theirs: TheirLine[] = cmd.lines.map((l, index) => ({ index, kind: l.kind, reference: l.reference, amount: l.amount }));
    const comparison = compareStatement(ours, theirs);
    const now = this.clock.now();
    const id = randomUUID();
    const result = reconciliationResult({ reconciliationId: id, partnerId: cmd.partnerId, businessDate: day.date, revision, reconciledAt: now }, comparison);
    await m.insert(PartnerReconciliationRecord, {
      id,
      partnerId: cmd.partnerId,
      businessDate: day.date,
      revision,
      bodyHash,
      statementLineCount: theirs.length,
      ourLineCount: ours.length,
      matchedCount: result.counts.matched,
      oursOnlyCount: result.counts.oursOnly,
      theirsOnlyCount: result.counts.theirsOnly,
      amountMismatchCount: result.counts.amountMismatches,
      balanced: result.balanced,
      result,
      createdAt: now,
    });
    await this.recordEvents(m, result, now);
    return result;
  }

  private async recordEvents(m: EntityManager, r: StatementReconciliationResponse, now: Date): Promise<void> {
    await this.outbox.record(m, 'escrow.partner-statement-reconciled', {
      reconciliationId: r.reconciliationId,
      partnerId: r.partnerId,
      businessDate: r.businessDate,
      matchedCount: r.counts.matched,
      oursOnlyCount: r.counts.oursOnly,
      theirsOnlyCount: r.counts.theirsOnly,
      amountMismatchCount: r.counts.amountMismatches,
      balanced: r.balanced,
      reconciledAt: now.toISOString(),
    });
    if (r.balanced) return;
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'RECONCILIATION_MISMATCH',
      message:
        `Payment partner ${r.partnerId}: statement of ${r.businessDate} (revision ${r.revision}) does not reconcile: ` +
        `${r.counts.oursOnly} ours only, ${r.counts.theirsOnly} theirs only, ${r.counts.amountMismatches} amount mismatches. ` +
        `See reconciliation ${r.reconciliationId}.`,
      service: 'escrow',
      orderId: null,
      raisedAt: now.toISOString(),
    });
  }
}

/** SHA-256 of a statement's content: its date and its lines in a canonical order (line order does not count). */
export function statementHash(cmd: Pick<ReconcileStatementCommand, 'date' | 'lines'>): string {
  const lines = cmd.lines.map((l) => canonicalJson({ reference: l.reference, kind: l.kind, amount: l.amount.toString() })).sort();
  return fingerprint({ date: cmd.date, lines });
}
