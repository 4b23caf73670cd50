import { Inject, Injectable } from '@nestjs/common';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PartnerDirectory } from '@trustcircle/security';
import type { EntityManager } from 'typeorm';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { type MatchedPayment, PaymentRecord } from '../../infrastructure/payment.orm-entity';
import { ApplyPayment } from '../apply-payment/apply-payment';
import { PARKED_PAYMENT_EXPIRY } from '../park-payment/park-payment';
import { lockParkingTargets } from '../shared/parking-lock';

/**
 * Matches the parked payments of a newly opened escrow, in the transaction that inserted it (called by
 * `OpenEscrowUseCase` right after the insert). Takes the escrow's parking locks (so no payment is parked unseen
 * meanwhile), finds the payments parked for its order id or its payment reference, oldest first, and applies each
 * whose partner serves the escrow's marketplace exactly like a live payment (`ApplyPayment`, ledger DEBIT suspense
 * / CREDIT held, `wasParked` true): the payment becomes MATCHED and its expiry deadline is cancelled. A payment of
 * a partner not serving the marketplace stays parked (and is refunded when its deadline passes). Answers the
 * payments matched.
 */
@Injectable()
export class MatchParkedPaymentsUseCase {
  constructor(
    private readonly applyPayment: ApplyPayment,
    private readonly directory: PartnerDirectory,
    private readonly deadlines: DeadlineScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, escrow: EscrowRecord): Promise<PaymentRecord[]> {
    await lockParkingTargets(manager, [{ orderId: escrow.orderId }, { paymentReference: escrow.paymentReference }]);
    const candidates = await manager
      .createQueryBuilder(PaymentRecord, 'p')
      .where(`p.status = 'PARKED'`)
      .andWhere('(p.claimedOrderId = :orderId OR p.paymentReference = :reference)', { orderId: escrow.orderId, reference: escrow.paymentReference })
      .orderBy('p.receivedAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const matched: PaymentRecord[] = [];
    for (const candidate of candidates) {
      if (!(await this.directory.servesMarketplace(candidate.partnerId, escrow.marketplaceId))) continue;
      const payment = await this.claim(manager, candidate.id);
      if (!payment) continue;
      await this.match(manager, escrow, payment);
      matched.push(payment);
    }
    return matched;
  }

  /**
   * Cancels the payment's expiry deadline, then locks the payment and answers it if still PARKED. An expiry being
   * fired at this moment is not cancelled (nor waited for): whichever of the two locks the payment first wins, and
   * the other finds it MATCHED (the handler does nothing) or EXPIRED (not matched here; it is being refunded).
   */
  private async claim(m: EntityManager, paymentId: string): Promise<PaymentRecord | null> {
    await this.deadlines.cancel(m, PARKED_PAYMENT_EXPIRY, paymentId);
    const payment = await m.findOne(PaymentRecord, { where: { id: paymentId }, lock: { mode: 'pessimistic_write' } });
    return payment?.status === 'PARKED' ? payment : null;
  }

  private async match(m: EntityManager, escrow: EscrowRecord, payment: PaymentRecord): Promise<void> {
    const decision = await this.applyPayment.decide(m, escrow, payment.amount);
    const link = {
      status: 'MATCHED' as const,
      escrowId: escrow.id,
      orderId: escrow.orderId,
      match: decision.match,
      excessAmount: decision.excess,
      escrowState: decision.stateAfter,
      matchedAt: this.clock.now(),
    };
    await m.update(PaymentRecord, { id: payment.id }, link);
    const linked = Object.assign(payment, link) as MatchedPayment;
    await this.applyPayment.apply(m, escrow, linked, decision, 'PARKED');
  }
}
