import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { parkPaymentTransaction } from '../../../ledger/domain/suspense-movements';
import { PaymentRecord } from '../../infrastructure/payment.orm-entity';
import type { RecordPaymentCommand } from '../record-payment/record-payment.use-case';
import { insertPaymentOnce } from '../shared/payment-once';

/** The deadline kind of a parked payment's match deadline (subject: the payment id). */
export const PARKED_PAYMENT_EXPIRY = 'parked-payment-expiry';

/**
 * Parks a payment for an order escrow does not know yet (the payment beat the order event), in the caller's
 * transaction (which holds the target's parking lock and found no escrow): inserts it PARKED with what the
 * partner named the order by (once per partnerTxnId), posts DEBIT partner clearing / CREDIT suspense {payment},
 * records `escrow.payment-parked` (keyed by the payment id) and schedules its match deadline, received +
 * PARKED_PAYMENT_MATCH_MINUTES (`parked-payment-expiry`). Answers the payment, or the earlier one of a duplicate.
 */
@Injectable()
export class ParkPayment {
  constructor(
    private readonly ledger: LedgerService,
    private readonly outbox: OutboxWriter,
    private readonly deadlines: DeadlineScheduler,
    private readonly env: EscrowEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async park(m: EntityManager, cmd: RecordPaymentCommand): Promise<{ kind: 'parked' | 'duplicate'; payment: PaymentRecord }> {
    const now = this.clock.now();
    const payment = m.create(PaymentRecord, {
      id: randomUUID(),
      partnerId: cmd.partnerId,
      partnerTxnId: cmd.partnerTxnId,
      status: 'PARKED',
      escrowId: null,
      orderId: null,
      claimedOrderId: 'orderId' in cmd.target ? cmd.target.orderId : null,
      paymentReference: 'paymentReference' in cmd.target ? cmd.target.paymentReference : null,
      amount: cmd.amount,
      currency: cmd.currency,
      match: null,
      excessAmount: 0n,
      escrowState: null,
      paidAt: cmd.paidAt,
      receivedAt: now,
      matchDeadline: new Date(now.getTime() + this.env.PARKED_PAYMENT_MATCH_MINUTES * 60_000),
      matchedAt: null,
    });
    const winner = await insertPaymentOnce(m, payment);
    if (winner) return { kind: 'duplicate', payment: winner };
    await this.ledger.post(m, parkPaymentTransaction({ paymentId: payment.id, partnerId: payment.partnerId, amount: payment.amount }));
    await this.outbox.record(m, 'escrow.payment-parked', {
      paymentId: payment.id,
      partnerId: payment.partnerId,
      partnerTxnId: payment.partnerTxnId,
      claimedOrderId: payment.claimedOrderId,
      paymentReference: payment.paymentReference,
      amount: vndToWire(payment.amount),
      currency: payment.currency,
      paidAt: payment.paidAt.toISOString(),
      parkedAt: now.toISOString(),
      matchDeadline: (payment.matchDeadline as Date).toISOString(),
    });
    await this.deadlines.schedule(m, PARKED_PAYMENT_EXPIRY, payment.id, payment.matchDeadline as Date);
    return { kind: 'parked', payment };
  }
}
