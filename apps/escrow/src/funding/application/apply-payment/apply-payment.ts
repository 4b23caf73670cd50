import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, type Vnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { FundingFollowUp } from '../../../escrow/application/shared/funding-follow-up';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { fundTransaction } from '../../../ledger/domain/money-movements';
import { matchParkedPaymentTransaction } from '../../../ledger/domain/suspense-movements';
import { decideFunding, type FundingDecision } from '../../domain/funding-decision';
import { fundingMismatchAlert } from '../../domain/funding-mismatch-alert';
import type { MatchedPayment } from '../../infrastructure/payment.orm-entity';

/** How a payment reaches its escrow: reported for a known order (LIVE), or parked and matched when the order came. */
export type PaymentSource = 'LIVE' | 'PARKED';

/**
 * Applies one payment to its escrow: the one place that decides funding and records its facts, for a live
 * payment (`RecordPaymentUseCase`) and for a parked one matched when its order arrived
 * (`MatchParkedPaymentsUseCase`). Runs in the caller's transaction with the escrow locked:
 * 1. `decide` before the payment is linked to the escrow (what was paid before it, `decideFunding`);
 * 2. the caller links the payment (inserts it, or marks the parked one MATCHED) with the decision;
 * 3. `apply`: the ledger (live: DEBIT partner clearing / CREDIT held; parked: DEBIT suspense / CREDIT held),
 *    the escrow's state (FUNDED / UNDERPAID), `escrow.payment-received` (`wasParked`) then `escrow.escrow-funded`
 *    or `escrow.escrow-underpaid`, a WARNING `platform.operator-alert-raised` (FUNDING_MISMATCH) when the payment
 *    is short or too much (`fundingMismatchAlert`), and finally what follows (`FundingFollowUp`: the ship-by clock
 *    when it funds, the refund of any excess).
 * A payment is linked to its escrow once (the caller's unique insert or MATCHED update), so `apply`, and with it
 * the alert, runs once per payment however often the partner retries its webhook.
 */
@Injectable()
export class ApplyPayment {
  constructor(
    private readonly ledger: LedgerService,
    private readonly outbox: OutboxWriter,
    private readonly documented: DocumentedOutbox,
    private readonly followUp: FundingFollowUp,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** How `amount` applies to the locked escrow, given the payments already linked to it. */
  async decide(m: EntityManager, escrow: EscrowRecord, amount: Vnd): Promise<FundingDecision> {
    const [{ paid }] = (await m.query(`SELECT coalesce(sum("amount"), 0)::text AS "paid" FROM "escrow"."payments" WHERE "escrow_id" = $1`, [escrow.id])) as Array<{ paid: string }>;
    return decideFunding({ state: escrow.state, expected: escrow.expectedAmount, paidBefore: BigInt(paid), amount });
  }

  /** Moves the money and the escrow for a payment already linked to it with `decision`, and records the events. */
  async apply(m: EntityManager, escrow: EscrowRecord, payment: MatchedPayment, decision: FundingDecision, source: PaymentSource): Promise<void> {
    const now = this.clock.now();
    const movement = { escrowId: escrow.id, orderId: escrow.orderId, partnerId: payment.partnerId, amount: payment.amount };
    await this.ledger.post(
      m,
      source === 'LIVE' ? fundTransaction({ ...movement, causeId: payment.id }) : matchParkedPaymentTransaction({ ...movement, paymentId: payment.id }),
    );
    if (decision.nextState) {
      await m.update(EscrowRecord, { id: escrow.id }, { state: decision.nextState, updatedAt: now });
      Object.assign(escrow, { state: decision.nextState, updatedAt: now });
    }
    await this.recordEvents(m, escrow, payment, decision, source === 'PARKED', now);
    await this.followUp.afterPayment(m, escrow, { payment, funds: decision.funds, excess: decision.excess });
  }

  private async recordEvents(m: EntityManager, escrow: EscrowRecord, payment: MatchedPayment, d: FundingDecision, wasParked: boolean, now: Date): Promise<void> {
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
      wasParked,
      paidAt: payment.paidAt.toISOString(),
      receivedAt: payment.receivedAt.toISOString(),
    });
    if (d.funds) {
      await this.documented.record(m, 'escrow.escrow-funded', {
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
    const alert = fundingMismatchAlert(
      d,
      {
        orderId: escrow.orderId,
        orderCode: escrow.orderCode,
        escrowId: escrow.id,
        expected: escrow.expectedAmount,
        paymentId: payment.id,
        partnerId: payment.partnerId,
        partnerTxnId: payment.partnerTxnId,
        amount: payment.amount,
        fundingDeadline: escrow.fundingDeadline,
      },
      randomUUID(),
      now,
    );
    if (alert) await this.outbox.record(m, 'platform.operator-alert-raised', alert);
  }
}
