import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowMoney } from '../shared/escrow-money.service';
import { EscrowTransitions } from '../shared/escrow-transitions';

/**
 * The funding deadline passed: an escrow still AWAITING_FUNDING or UNDERPAID expires, and whatever was paid is
 * refunded (`escrow.escrow-expired`, plus `escrow.escrow-refunded` when something was paid). An escrow funded
 * meanwhile is left alone (the deadline was cancelled with the funding; this guards a race with it).
 */
@Injectable()
export class ExpireFundingUseCase {
  constructor(
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, escrowId: string): Promise<void> {
    const escrow = await this.transitions.lockById(m, escrowId);
    if (!escrow || (escrow.state !== 'AWAITING_FUNDING' && escrow.state !== 'UNDERPAID')) return;
    const refunded = await this.money.refundAll(m, escrow, 'EXPIRED', 'UNDERPAID_EXPIRED');
    const now = this.clock.now();
    await this.outbox.record(m, 'escrow.escrow-expired', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      paidAmount: vndToWire(refunded),
      fundingDeadline: (escrow.fundingDeadline ?? now).toISOString(),
      expiredAt: now.toISOString(),
    });
  }
}
