import { Inject, Injectable } from '@nestjs/common';
import type { EscrowState, EventOf, HoldRefusalReason } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { CodParcels } from '../../../cod/application/shared/cod-parcels';
import { ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowLookup } from '../shared/escrow-lookup';
import { EscrowMoney } from '../shared/escrow-money.service';
import { EscrowTransitions } from '../shared/escrow-transitions';

/** Why a hold is refused, by the escrow's state (states that accept a hold are absent). */
const REFUSAL: Partial<Record<EscrowState, HoldRefusalReason>> = {
  AWAITING_FUNDING: 'NOT_FUNDED',
  UNDERPAID: 'NOT_FUNDED',
  AWAITING_DELIVERY: 'NOT_FUNDED',
  RELEASED: 'ALREADY_RELEASED',
  PARTIALLY_REFUNDED: 'ALREADY_RELEASED',
  PAID_OUT: 'ALREADY_RELEASED',
  REFUNDED: 'ALREADY_REFUNDED',
  EXPIRED: 'ESCROW_CLOSED',
  CANCELLED: 'ESCROW_CLOSED',
};

/**
 * `disputes.hold-requested`: escrow decides, under the escrow's lock, and answers by event. Money not yet
 * released (FUNDED, IN_INSPECTION) is held: ON_HOLD, the inspection time left is kept for a withdrawal, and the
 * delivery-driven deadlines pause. Otherwise the hold is refused with the reason (UNKNOWN_ORDER once a request
 * for an order escrow never saw has waited EARLY_EVENT_WAIT_MINUTES). A COD escrow is held once delivered (its
 * inspection window is open) even with nothing or part of its cash remitted: `awaitingFunds` then says so, and the
 * cash is held the moment the courier remits it. Because the release deadline
 * takes the same lock, a hold and a release racing each other always end in exactly one of the two outcomes.
 */
@Injectable()
export class PlaceHoldUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly transitions: EscrowTransitions,
    private readonly money: EscrowMoney,
    private readonly deadlines: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    private readonly parcels: CodParcels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, event: EventOf<'disputes.hold-requested'>): Promise<void> {
    const { orderId, disputeId } = event.data;
    const escrow = await this.lookup.lockFor(m, event);
    const now = this.clock.now();
    if (!escrow) return; // waits for the order (answered when the escrow opens, or refused when the wait ends)
    if (escrow.state === 'ON_HOLD') {
      if (escrow.holdDisputeId === disputeId) return this.accept(m, escrow, disputeId, now);
      return this.refuse(m, orderId, disputeId, escrow.id, 'ESCROW_CLOSED', now); // one open dispute per order
    }
    const refusal = REFUSAL[escrow.state];
    if (refusal) return this.refuse(m, orderId, disputeId, escrow.id, refusal, now);

    const left = escrow.state === 'IN_INSPECTION' && escrow.inspectionEndsAt ? Math.max(0, escrow.inspectionEndsAt.getTime() - now.getTime()) : null;
    await this.deadlines.cancel(m, ESCROW_DEADLINES.INSPECTION_END, escrow.id);
    await this.deadlines.cancel(m, ESCROW_DEADLINES.SHIP_BY, escrow.id);
    await this.transitions.move(m, escrow, 'ON_HOLD', { holdDisputeId: disputeId, holdFromState: escrow.state, holdInspectionLeftMs: left }, now);
    await this.accept(m, escrow, disputeId, now);
  }

  /** The request waited for an order that never reached escrow: refused as UNKNOWN_ORDER. */
  refuseUnknown(m: EntityManager, event: EventOf<'disputes.hold-requested'>): Promise<void> {
    return this.refuse(m, event.data.orderId, event.data.disputeId, null, 'UNKNOWN_ORDER', this.clock.now());
  }

  private async accept(m: EntityManager, escrow: EscrowRecord, disputeId: string, now: Date): Promise<void> {
    const parcel = await this.parcels.lock(m, escrow); // COD: is cash still to be remitted?
    await this.outbox.record(m, 'escrow.hold-accepted', {
      orderId: escrow.orderId,
      disputeId,
      escrowId: escrow.id,
      heldAmount: vndToWire(await this.money.heldOf(m, escrow)),
      awaitingFunds: parcel !== null && parcel.remittedAmount < parcel.expectedAmount,
      acceptedAt: now.toISOString(),
    });
  }

  private async refuse(m: EntityManager, orderId: string, disputeId: string, escrowId: string | null, reason: HoldRefusalReason, now: Date): Promise<void> {
    await this.outbox.record(m, 'escrow.hold-refused', { orderId, disputeId, escrowId, reason, refusedAt: now.toISOString() });
  }
}
