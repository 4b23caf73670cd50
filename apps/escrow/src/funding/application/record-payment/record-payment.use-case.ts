import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock, type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { PartnerDirectory } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { fundTransaction } from '../../../ledger/domain/money-movements';
import { decideFunding, type FundingDecision } from '../../domain/funding-decision';
import { PaymentRecord } from '../../infrastructure/payment.orm-entity';

/** A payment as the payment partner reported it: for an order id or for the order's payment reference. */
export interface RecordPaymentCommand {
  partnerId: string;
  target: { orderId: string } | { paymentReference: string };
  partnerTxnId: string;
  amount: Vnd;
  currency: 'VND';
  paidAt: Date;
}

/** `recorded`: this call applied the payment; `duplicate`: an earlier one did (the same answer); `not-found`. */
export type RecordPaymentResult = { kind: 'recorded' | 'duplicate'; payment: PaymentRecord } | { kind: 'not-found' };

/**
 * Records a payment a payment partner reported, once per (partner, partnerTxnId) however many duplicates arrive
 * at once. In one transaction: locks the escrow, inserts the payment (the unique constraint arbitrates
 * duplicates), posts the ledger FUND (partner clearing → held, keyed by the payment id), moves the escrow
 * (FUNDED / UNDERPAID, see `decideFunding`) and records `escrow.payment-received` with `escrow.escrow-funded`
 * or `escrow.escrow-underpaid`. An escrow not awaiting funding takes the whole payment as excess and does not
 * move. An unknown order, or one of a marketplace the partner does not serve, is `not-found` (nothing written).
 */
@Injectable()
export class RecordPaymentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly outbox: OutboxWriter,
    private readonly directory: PartnerDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(cmd: RecordPaymentCommand): Promise<RecordPaymentResult> {
    const earlier = await this.findPayment(this.dataSource.manager, cmd);
    if (earlier) return { kind: 'duplicate', payment: earlier };
    const escrow = await this.dataSource.manager.findOneBy(EscrowRecord, cmd.target);
    if (!escrow || !(await this.directory.servesMarketplace(cmd.partnerId, escrow.marketplaceId))) return { kind: 'not-found' };
    return this.dataSource.transaction((m) => this.recordLocked(m, escrow.id, cmd));
  }

  private async recordLocked(m: EntityManager, escrowId: string, cmd: RecordPaymentCommand): Promise<RecordPaymentResult> {
    const escrow = await m.findOneOrFail(EscrowRecord, { where: { id: escrowId }, lock: { mode: 'pessimistic_write' } });
    const [{ paid }] = (await m.query(`SELECT coalesce(sum("amount"), 0)::text AS "paid" FROM "escrow"."payments" WHERE "escrow_id" = $1`, [escrow.id])) as Array<{ paid: string }>;
    const decision = decideFunding({ state: escrow.state, expected: escrow.expectedAmount, paidBefore: BigInt(paid), amount: cmd.amount });
    const now = this.clock.now();
    const payment = m.create(PaymentRecord, {
      id: randomUUID(),
      partnerId: cmd.partnerId,
      partnerTxnId: cmd.partnerTxnId,
      escrowId: escrow.id,
      orderId: escrow.orderId,
      amount: cmd.amount,
      currency: cmd.currency,
      match: decision.match,
      excessAmount: decision.excess,
      escrowState: decision.stateAfter,
      paidAt: cmd.paidAt,
      receivedAt: now,
    });
    // The unique (partner_id, partner_txn_id) decides between duplicates: a loser waits for the winner's commit,
    // inserts nothing, and answers what the winner recorded.
    const inserted = await m.createQueryBuilder().insert().into(PaymentRecord).values(payment).orIgnore().returning(['id']).execute();
    if ((inserted.raw as unknown[]).length === 0) {
      const winner = await this.findPayment(m, cmd);
      if (!winner) throw new Error(`payment ${cmd.partnerTxnId} of partner ${cmd.partnerId} conflicted but cannot be read`);
      return { kind: 'duplicate', payment: winner };
    }
    await this.ledger.post(m, fundTransaction({ escrowId: escrow.id, orderId: escrow.orderId, causeId: payment.id, partnerId: cmd.partnerId, amount: cmd.amount }));
    if (decision.nextState) await m.update(EscrowRecord, { id: escrow.id }, { state: decision.nextState, updatedAt: now });
    await this.recordEvents(m, escrow, payment, decision, now);
    return { kind: 'recorded', payment };
  }

  private async recordEvents(m: EntityManager, escrow: EscrowRecord, payment: PaymentRecord, d: FundingDecision, now: Date): Promise<void> {
    await this.outbox.record(m, 'escrow.payment-received', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      paymentId: payment.id,
      partnerId: payment.partnerId,
      partnerTxnId: payment.partnerTxnId,
      amount: vndToWire(payment.amount),
      currency: payment.currency,
      expectedAmount: vndToWire(escrow.expectedAmount),
      totalPaid: vndToWire(d.totalPaid),
      match: d.match,
      shortfall: vndToWire(d.shortfall),
      excess: vndToWire(d.excess),
      wasParked: false,
      paidAt: payment.paidAt.toISOString(),
      receivedAt: now.toISOString(),
    });
    if (d.funds) {
      await this.outbox.record(m, 'escrow.escrow-funded', {
        orderId: escrow.orderId,
        escrowId: escrow.id,
        heldAmount: vndToWire(escrow.expectedAmount),
        source: 'PREPAID',
        excessAmount: vndToWire(d.excess),
        fundedAt: now.toISOString(),
      });
    } else if (d.match === 'UNDERPAID') {
      await this.outbox.record(m, 'escrow.escrow-underpaid', {
        orderId: escrow.orderId,
        escrowId: escrow.id,
        expectedAmount: vndToWire(escrow.expectedAmount),
        paidAmount: vndToWire(d.totalPaid),
        shortfall: vndToWire(d.shortfall),
        // A PREPAID escrow always has a funding deadline; without one the shortfall is reported as due now.
        fundingDeadline: (escrow.fundingDeadline ?? now).toISOString(),
        detectedAt: now.toISOString(),
      });
    }
  }

  private findPayment(m: EntityManager, cmd: Pick<RecordPaymentCommand, 'partnerId' | 'partnerTxnId'>): Promise<PaymentRecord | null> {
    return m.findOneBy(PaymentRecord, { partnerId: cmd.partnerId, partnerTxnId: cmd.partnerTxnId });
  }
}
