import { Inject, Injectable } from '@nestjs/common';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock, type Vnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { InstructionIssuer, type RefundablePayment } from '../../../instructions/application/instruction-issuer';
import { LedgerService } from '../../../ledger/application/ledger.service';
import { refundTransaction } from '../../../ledger/domain/money-movements';
import { addDays, ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowMoney } from './escrow-money.service';
import { EscrowTransitions } from './escrow-transitions';
import { InspectionWindow } from './inspection-window';

/** What a payment did to its escrow (from the funding decision). */
export interface AppliedPayment {
  payment: RefundablePayment & { amount: Vnd };
  /** Whether this payment made the escrow FUNDED. */
  funds: boolean;
  /** The part of the payment beyond what the escrow expects: refunded at once. */
  excess: Vnd;
}

/**
 * What follows a payment applied to a (locked) escrow, in the same transaction:
 * - it funded the escrow: the funding expiry is cancelled and the ship-by clock starts, unless delivery facts
 *   came first (the topics are not ordered with each other): a parcel already back with the seller is refunded,
 *   one already delivered opens its inspection window from the delivery, one already scanned needs no ship-by;
 * - it paid more than the escrow expects (an overpayment, or any payment to an escrow no longer awaiting
 *   funding): the excess leaves held funds for the buyer's refund payable and is refunded against that payment.
 */
@Injectable()
export class FundingFollowUp {
  constructor(
    private readonly ledger: LedgerService,
    private readonly issuer: InstructionIssuer,
    private readonly deadlines: DeadlineScheduler,
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
    private readonly window: InspectionWindow,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async afterPayment(m: EntityManager, escrow: EscrowRecord, applied: AppliedPayment): Promise<void> {
    const now = this.clock.now();
    if (applied.funds) {
      await this.deadlines.cancel(m, ESCROW_DEADLINES.FUNDING_EXPIRY, escrow.id);
      const shipByAt = addDays(now, escrow.shipByDays);
      await this.transitions.patch(m, escrow, { fundedAt: now, shipByAt }, now);
      if (!escrow.firstScannedAt && !escrow.deliveredAt) await this.deadlines.schedule(m, ESCROW_DEADLINES.SHIP_BY, escrow.id, shipByAt);
    }
    await this.refundExcess(m, escrow, applied);
    if (!applied.funds) return;
    if (escrow.returnedAt) await this.money.refundAll(m, escrow, 'REFUNDED', 'RETURN_DELIVERED');
    else if (escrow.deliveredAt) await this.window.open(m, escrow, escrow.deliveredAt, escrow.outboundShipmentId ?? escrow.id);
  }

  private async refundExcess(m: EntityManager, escrow: EscrowRecord, applied: AppliedPayment): Promise<void> {
    if (applied.excess > 0n) {
      const { payment } = applied;
      await this.ledger.post(m, refundTransaction({ escrowId: escrow.id, orderId: escrow.orderId, causeId: `${payment.id}:excess`, amount: applied.excess }));
      await this.issuer.issuePaymentRefund(m, escrow, payment, applied.excess, 'OVERPAYMENT', `excess:${payment.id}`);
    }
  }
}
