import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type DeadlineHandler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import { CLOCK, type Clock, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { InstructionIssuer } from '../../../instructions/application/instruction-issuer';
import { PaymentRecord } from '../../infrastructure/payment.orm-entity';
import { PARKED_PAYMENT_EXPIRY } from '../park-payment/park-payment';

/**
 * A parked payment's match deadline passed (`parked-payment-expiry`, subject: the payment id). If still PARKED
 * (under its row lock; a match cancels the deadline first), in the firing transaction: the payment becomes
 * EXPIRED, a REFUND instruction goes back against it (`InstructionIssuer.issuePaymentRefund`, no escrow, reason
 * UNMATCHED_PAYMENT, cause key `parked-expiry:{paymentId}`), `escrow.parked-payment-expired` names that
 * instruction, and `platform.operator-alert-raised` (WARNING, PARKED_PAYMENT_UNMATCHED) tells operators. The
 * suspense balance stays until the refund settles (the settlement posts DEBIT suspense / CREDIT partner clearing).
 */
@Injectable()
@HandlesDeadline(PARKED_PAYMENT_EXPIRY)
export class ParkedPaymentExpiryHandler implements DeadlineHandler {
  constructor(
    private readonly issuer: InstructionIssuer,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onDue(deadline: DueDeadline, m: EntityManager): Promise<void> {
    const payment = await m.findOne(PaymentRecord, { where: { id: deadline.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (payment?.status !== 'PARKED') return; // matched meanwhile (or unknown): nothing to refund
    const now = this.clock.now();
    await m.update(PaymentRecord, { id: payment.id }, { status: 'EXPIRED' });
    const causeKey = `parked-expiry:${payment.id}`;
    await this.issuer.issuePaymentRefund(m, null, payment, payment.amount, 'UNMATCHED_PAYMENT', causeKey);
    await this.outbox.record(m, 'escrow.parked-payment-expired', {
      paymentId: payment.id,
      partnerId: payment.partnerId,
      partnerTxnId: payment.partnerTxnId,
      amount: vndToWire(payment.amount),
      refundInstructionId: await this.refundInstructionId(m, causeKey, payment.id),
      expiredAt: now.toISOString(),
    });
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'PARKED_PAYMENT_UNMATCHED',
      message:
        `Payment ${payment.id} (partner ${payment.partnerId}, transaction ${payment.partnerTxnId}) for ` +
        (payment.claimedOrderId ? `order ${payment.claimedOrderId}` : `payment reference ${payment.paymentReference}`) +
        ` matched no order of a marketplace the partner serves by ${(payment.matchDeadline ?? now).toISOString()}; it is being refunded.`,
      service: 'escrow',
      orderId: payment.claimedOrderId,
      raisedAt: now.toISOString(),
    });
  }

  /** The refund instruction just issued (the issuer answers nothing): a refund against a payment has the cause key `{causeKey}:{paymentId}`. */
  private async refundInstructionId(m: EntityManager, causeKey: string, paymentId: string): Promise<string> {
    const rows = (await m.query(`SELECT "id" FROM "escrow"."instructions" WHERE "cause_key" = $1`, [`${causeKey}:${paymentId}`])) as Array<{ id: string }>;
    if (rows.length === 0) throw new Error(`no refund instruction with cause key ${causeKey}:${paymentId} after issuing it`);
    return rows[0].id;
  }
}
