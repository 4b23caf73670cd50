import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { PartnerDirectory } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { decideCodLine } from '../../domain/cod-line-decision';
import { refusalSummary, type RemittanceBatch, remittanceFingerprint } from '../../domain/remittance-batch';
import { CodRemittanceLineRecord, CodRemittanceRecord } from '../../infrastructure/cod-remittance.orm-entity';
import type { CodRemittanceAnswer, CodRemittanceLineAnswer } from './cod-remittance-answer';
import { CodLineTargetsFinder, type CodLineTargets } from './cod-line-targets';
import { CodRemittanceStore } from './cod-remittance-store';
import { FundCodLine } from './fund-cod-line';

/** A courier's batch (validated: 1–1,000 lines, no tracking number twice). */
export interface RecordCodRemittanceCommand extends RemittanceBatch {
  courierId: string;
}

/**
 * `recorded`: this call decided the batch (201); `repeat`: the same batch again (200, the stored answer);
 * `conflict`: the remittanceId was used for another batch (409); `no-collection-account`: the courier names no
 * collection account (409). The last two write nothing.
 */
export type RecordCodRemittanceResult =
  | { kind: 'recorded' | 'repeat'; answer: CodRemittanceAnswer }
  | { kind: 'conflict' }
  | { kind: 'no-collection-account' };

/** A line as decided, before it is written. */
interface DecidedLine extends CodRemittanceLineAnswer {
  id: string;
  escrowId: string | null;
  orderId: string | null;
  paymentId: string | null;
}

/**
 * Records a courier's COD remittance batch: every line is decided in ONE transaction, FUNDED (its escrow funded
 * with the line's cash, see `FundCodLine`) or REFUSED with the reason (`decideCodLine`), and the batch is stored
 * with its answer. Idempotent by (courier, remittanceId): a batch is fingerprinted, and a repeat with the same
 * fingerprint answers the stored outcome (nothing written twice, however many arrive at once: they queue on the
 * batch id's lock and each finds the first's batch), another fingerprint is a conflict. Refused lines raise one
 * operator alert per batch (WARNING, COD_REMITTANCE_LINES_REFUSED): their cash sits in the collection account
 * without an escrow. The money arrived at the payment partner that holds the courier's collection account
 * (`codCollectionPartnerId` in the courier's settings); a courier without one cannot remit.
 */
@Injectable()
export class RecordCodRemittanceUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PartnerDirectory,
    private readonly store: CodRemittanceStore,
    private readonly targets: CodLineTargetsFinder,
    private readonly fundLine: FundCodLine,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(cmd: RecordCodRemittanceCommand): Promise<RecordCodRemittanceResult> {
    const fingerprint = remittanceFingerprint(cmd);
    const earlier = await this.store.find(this.dataSource.manager, cmd.courierId, cmd.remittanceId);
    if (earlier) return earlier.fingerprint === fingerprint ? { kind: 'repeat', answer: earlier.answer } : { kind: 'conflict' };
    // Read before the transaction: the directory may need a pooled connection of its own.
    const collectionPartnerId = (await this.directory.get(cmd.courierId))?.settings.codCollectionPartnerId ?? null;
    if (!collectionPartnerId) return { kind: 'no-collection-account' };
    return this.dataSource.transaction(async (m) => {
      await this.store.lockBatchId(m, cmd.courierId, cmd.remittanceId);
      const raced = await this.store.find(m, cmd.courierId, cmd.remittanceId);
      if (raced) return raced.fingerprint === fingerprint ? { kind: 'repeat' as const, answer: raced.answer } : { kind: 'conflict' as const };
      return { kind: 'recorded' as const, answer: await this.record(m, cmd, fingerprint, collectionPartnerId) };
    });
  }

  private async record(m: EntityManager, cmd: RecordCodRemittanceCommand, fingerprint: string, collectionPartnerId: string): Promise<CodRemittanceAnswer> {
    const now = this.clock.now();
    const targets = await this.targets.lock(m, cmd.courierId, cmd.lines.map((l) => l.trackingNumber));
    const lines = cmd.lines.map((l, lineNo) => this.decide(targets, lineNo, l.trackingNumber, l.amount));
    const batch = m.create(CodRemittanceRecord, {
      id: randomUUID(),
      courierId: cmd.courierId,
      remittanceId: cmd.remittanceId,
      fingerprint,
      transferredAt: cmd.transferredAt,
      bankReference: cmd.bankReference,
      totalAmount: sum(lines),
      fundedAmount: sum(lines.filter((l) => l.outcome === 'FUNDED')),
      refusedAmount: sum(lines.filter((l) => l.outcome === 'REFUSED')),
      lineCount: lines.length,
      receivedAt: now,
    });
    for (const line of lines) {
      const target = line.outcome === 'FUNDED' ? targets.cod.get(line.trackingNumber) : undefined;
      if (!target || !line.paymentId) continue;
      const { trackingNumber, amount, lineNo, id: lineId, paymentId } = line;
      const { courierId, remittanceId, bankReference, transferredAt } = cmd;
      await this.fundLine.fund(m, target.escrow, target.parcel, { courierId, collectionPartnerId, remittanceId, bankReference, transferredAt, lineNo, lineId, paymentId, trackingNumber, amount });
    }
    await this.store.insert(m, batch, lines.map((l) => this.lineRecord(m, batch.id, l)));
    const refused = lines.filter((l) => l.outcome === 'REFUSED');
    if (refused.length > 0) await this.alertRefused(m, cmd, batch, refused, collectionPartnerId, now);
    const { remittanceId, courierId, totalAmount, fundedAmount, refusedAmount } = batch;
    return { remittanceId, courierId, totalAmount, fundedAmount, refusedAmount, lines: lines.map(({ lineNo, trackingNumber, amount, outcome, reason, orderCode }) => ({ lineNo, trackingNumber, amount, outcome, reason, orderCode })) };
  }

  private decide(targets: CodLineTargets, lineNo: number, trackingNumber: string, amount: Vnd): DecidedLine {
    const target = targets.cod.get(trackingNumber);
    const parcel = target?.parcel;
    const decision = decideCodLine({
      amount,
      parcel: parcel ? { expected: parcel.expectedAmount, remitted: parcel.remittedAmount, deliveredAt: parcel.deliveredAt, refusedAt: parcel.refusedAt } : null,
      state: target?.escrow.state ?? null,
      prepaidParcel: targets.prepaid.has(trackingNumber),
    });
    const base = { id: randomUUID(), lineNo, trackingNumber, amount, orderId: target?.escrow.orderId ?? null };
    if (decision.outcome === 'REFUSED') return { ...base, outcome: 'REFUSED', reason: decision.reason, orderCode: null, escrowId: null, paymentId: null };
    return { ...base, outcome: 'FUNDED', reason: null, orderCode: target?.escrow.orderCode ?? null, escrowId: target?.escrow.id ?? null, paymentId: randomUUID() };
  }

  private lineRecord(m: EntityManager, remittanceRowId: string, l: DecidedLine): CodRemittanceLineRecord {
    return m.create(CodRemittanceLineRecord, {
      id: l.id,
      remittanceRowId,
      lineNo: l.lineNo,
      trackingNumber: l.trackingNumber,
      amount: l.amount,
      outcome: l.outcome,
      refusalReason: l.reason,
      escrowId: l.escrowId,
      orderId: l.orderId,
      paymentId: l.paymentId,
    });
  }

  private async alertRefused(m: EntityManager, cmd: RecordCodRemittanceCommand, batch: CodRemittanceRecord, refused: DecidedLine[], collectionPartnerId: string, now: Date): Promise<void> {
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'COD_REMITTANCE_LINES_REFUSED',
      message:
        `Courier ${cmd.courierId} remittance ${cmd.remittanceId} (batch ${batch.id}, bank reference ${cmd.bankReference}): ${refused.length} of ${batch.lineCount} ` +
        `lines refused (${refusalSummary(refused.map((l) => l.reason ?? ''))}); ${batch.refusedAmount} VND funded no escrow and sits in the collection account ` +
        `at payment partner ${collectionPartnerId}. Reconcile it with the courier.`,
      service: 'escrow',
      orderId: null,
      raisedAt: now.toISOString(),
    });
  }
}

function sum(lines: ReadonlyArray<{ amount: Vnd }>): Vnd {
  return lines.reduce((s, l) => s + l.amount, 0n);
}
