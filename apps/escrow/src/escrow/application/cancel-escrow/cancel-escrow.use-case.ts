import { Inject, Injectable } from '@nestjs/common';
import type { CancellationRefusalReason, EscrowState, EventOf } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowLookup } from '../shared/escrow-lookup';
import { EscrowMoney } from '../shared/escrow-money.service';

/** States a cancellation can end (before the courier's first scan). */
const CANCELLABLE: readonly EscrowState[] = ['AWAITING_FUNDING', 'UNDERPAID', 'FUNDED', 'AWAITING_DELIVERY'];

/** Why a cancellation is refused, or null when it is accepted. */
export function cancellationRefusal(escrow: Pick<EscrowRecord, 'state' | 'firstScannedAt' | 'deliveredAt'>): CancellationRefusalReason | null {
  if (escrow.state === 'ON_HOLD') return 'DISPUTE_OPEN';
  if (escrow.firstScannedAt || escrow.deliveredAt || escrow.state === 'IN_INSPECTION') return 'ALREADY_PICKED_UP';
  return CANCELLABLE.includes(escrow.state) ? null : 'ESCROW_CLOSED';
}

/**
 * `orders.cancellation-requested`: accepted until the courier's first scan (CANCELLED, and everything paid is
 * refunded), refused after it, under a dispute, or once the escrow is closed. Answered by event either way.
 */
@Injectable()
export class CancelEscrowUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly money: EscrowMoney,
    private readonly deadlines: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, event: EventOf<'orders.cancellation-requested'>): Promise<void> {
    const { orderId, cancellationId } = event.data;
    const escrow = await this.lookup.lockFor(m, event);
    if (!escrow) return; // waits for the order (answered when the escrow opens, or refused when the wait ends)
    const now = this.clock.now().toISOString();
    const refusal = cancellationRefusal(escrow);
    if (refusal) {
      await this.outbox.record(m, 'escrow.cancellation-refused', { orderId, cancellationId, escrowId: escrow.id, reason: refusal, refusedAt: now });
      return;
    }
    await this.deadlines.cancel(m, ESCROW_DEADLINES.FUNDING_EXPIRY, escrow.id);
    await this.deadlines.cancel(m, ESCROW_DEADLINES.SHIP_BY, escrow.id);
    const refunded = await this.money.refundAll(m, escrow, 'CANCELLED', 'CANCELLATION');
    await this.outbox.record(m, 'escrow.cancellation-accepted', { orderId, cancellationId, escrowId: escrow.id, refundAmount: vndToWire(refunded), acceptedAt: now });
  }

  /** The request waited for an order that never reached escrow: refused as UNKNOWN_ORDER. */
  async refuseUnknown(m: EntityManager, event: EventOf<'orders.cancellation-requested'>): Promise<void> {
    const { orderId, cancellationId } = event.data;
    await this.outbox.record(m, 'escrow.cancellation-refused', { orderId, cancellationId, escrowId: null, reason: 'UNKNOWN_ORDER', refusedAt: this.clock.now().toISOString() });
  }
}
