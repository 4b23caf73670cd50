import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import { PartnerDirectory } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { type MatchedPayment, PaymentRecord } from '../../infrastructure/payment.orm-entity';
import { ApplyPayment } from '../apply-payment/apply-payment';
import { ParkPayment } from '../park-payment/park-payment';
import { lockParkingTargets, type PaymentTarget } from '../shared/parking-lock';
import { findPayment, insertPaymentOnce } from '../shared/payment-once';

/** A payment as the payment partner reported it: for an order id or for the order's payment reference. */
export interface RecordPaymentCommand {
  partnerId: string;
  target: PaymentTarget;
  partnerTxnId: string;
  amount: Vnd;
  currency: 'VND';
  paidAt: Date;
}

/**
 * `recorded`: this call applied the payment to its escrow; `parked`: this call parked it (order not known yet);
 * `duplicate`: an earlier call recorded this partnerTxnId (the payment as it is now: MATCHED, PARKED or EXPIRED);
 * `not-found`: the order is of a marketplace the partner does not serve (nothing written).
 */
export type RecordPaymentResult = { kind: 'recorded' | 'parked' | 'duplicate'; payment: PaymentRecord } | { kind: 'not-found' };

/** The longest payment reference an order can have (`orders.order-placed`): a longer one can never match. */
const MAX_PAYMENT_REFERENCE = 40;

/**
 * Records a payment a payment partner reported, once per (partner, partnerTxnId) however many duplicates arrive
 * at once, deciding on the first call:
 * - the order's escrow exists and the partner serves its marketplace: in one transaction, locks the escrow,
 *   inserts the payment (the unique constraint arbitrates duplicates) and applies it (`ApplyPayment`: ledger
 *   FUND, FUNDED / UNDERPAID, events). An escrow not awaiting funding takes the whole payment as excess.
 * - the escrow exists but the partner does not serve its marketplace: `not-found`, nothing written.
 * - no escrow: the payment is parked (`ParkPayment`) under the target's parking lock, re-checking the escrow
 *   under it (an escrow committed meanwhile gets the payment at once). The match step checks the marketplace
 *   when the order arrives. A payment reference longer than any order's is `not-found`.
 */
@Injectable()
export class RecordPaymentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PartnerDirectory,
    private readonly applyPayment: ApplyPayment,
    private readonly parkPayment: ParkPayment,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(cmd: RecordPaymentCommand): Promise<RecordPaymentResult> {
    const earlier = await findPayment(this.dataSource.manager, cmd);
    if (earlier) return { kind: 'duplicate', payment: earlier };
    const escrow = await this.dataSource.manager.findOneBy(EscrowRecord, cmd.target);
    if (escrow) return this.recordForEscrow(escrow, cmd);
    if ('paymentReference' in cmd.target && cmd.target.paymentReference.length > MAX_PAYMENT_REFERENCE) return { kind: 'not-found' };
    const parked = await this.dataSource.transaction(async (m) => {
      await lockParkingTargets(m, [cmd.target]);
      const arrived = await m.findOneBy(EscrowRecord, cmd.target);
      return arrived ?? this.parkPayment.park(m, cmd);
    });
    return parked instanceof EscrowRecord ? this.recordForEscrow(parked, cmd) : parked; // the escrow opened meanwhile
  }

  /**
   * The partner must serve the escrow's marketplace: checked before the transaction, because the directory may
   * read the database, and a transaction waiting for a second pooled connection can starve the pool under load.
   */
  private async recordForEscrow(found: EscrowRecord, cmd: RecordPaymentCommand): Promise<RecordPaymentResult> {
    if (!(await this.directory.servesMarketplace(cmd.partnerId, found.marketplaceId))) return { kind: 'not-found' };
    return this.dataSource.transaction((m) => this.recordLocked(m, found, cmd));
  }

  private async recordLocked(m: EntityManager, found: EscrowRecord, cmd: RecordPaymentCommand): Promise<RecordPaymentResult> {
    const escrow = await m.findOneOrFail(EscrowRecord, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
    const decision = await this.applyPayment.decide(m, escrow, cmd.amount);
    const payment = m.create(PaymentRecord, {
      id: randomUUID(),
      partnerId: cmd.partnerId,
      partnerTxnId: cmd.partnerTxnId,
      status: 'MATCHED',
      escrowId: escrow.id,
      orderId: escrow.orderId,
      claimedOrderId: null,
      paymentReference: null,
      amount: cmd.amount,
      currency: cmd.currency,
      match: decision.match,
      excessAmount: decision.excess,
      escrowState: decision.stateAfter,
      paidAt: cmd.paidAt,
      receivedAt: this.clock.now(),
      matchDeadline: null,
      matchedAt: null,
    }) as MatchedPayment;
    const winner = await insertPaymentOnce(m, payment);
    if (winner) return { kind: 'duplicate', payment: winner };
    await this.applyPayment.apply(m, escrow, payment, decision, 'LIVE');
    return { kind: 'recorded', payment };
  }
}
