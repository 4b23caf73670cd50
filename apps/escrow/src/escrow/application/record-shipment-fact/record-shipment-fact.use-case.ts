import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { DeadlineScheduler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { CodShipmentFacts } from '../../../cod/application/shared/cod-shipment-facts';
import { ESCROW_DEADLINES } from '../../domain/escrow-deadlines';
import type { EscrowRecord } from '../../infrastructure/escrow.orm-entity';
import { EscrowLookup } from '../shared/escrow-lookup';
import { EscrowMoney } from '../shared/escrow-money.service';
import { EscrowTransitions } from '../shared/escrow-transitions';
import { recordHoldReleased } from '../shared/hold-released';
import { InspectionWindow } from '../shared/inspection-window';

/** The delivery milestones escrow acts on. */
export type ShipmentFact =
  | EventOf<'delivery.shipment-registered'>
  | EventOf<'delivery.shipment-first-scanned'>
  | EventOf<'delivery.shipment-delivered'>
  | EventOf<'delivery.shipment-delivery-failed-finally'>
  | EventOf<'delivery.shipment-returned'>
  | EventOf<'delivery.shipment-lost'>;

/**
 * Applies a delivery milestone to the order's escrow (locked), whatever order the milestones arrive in:
 * - first scan of the OUTBOUND parcel: the ship-by deadline is met (registering a tracking number never is);
 * - OUTBOUND delivered: a FUNDED escrow enters its inspection window; under a hold, the delivery is recorded and
 *   the window opens when the hold lifts; a RETURN's delivery never opens one. A COD escrow enters its window at
 *   delivery too (AWAITING_DELIVERY → IN_INSPECTION, holding nothing until the courier remits), and its parcel
 *   records the cash collected (`CodShipmentFacts`: a mismatch is flagged);
 * - RETURN delivered to the seller: the refund a dispute decided "on return" is paid, or, after a failed
 *   delivery, the full refund;
 * - OUTBOUND back with the seller (returned after a failed delivery): full refund; failed-finally alone moves
 *   no money; a COD escrow still awaiting delivery (refused at the door) is CANCELLED, with no money to move;
 * - lost: no money moves; operators are alerted.
 * Facts are recorded on the escrow even when they cannot act now (hold, not funded yet), so a later change
 * (hold lifted) decides with all of them. Every OUTBOUND fact teaches the escrow its parcel's courier and tracking
 * number (the first one wins): COD remittance lines name parcels by them.
 */
@Injectable()
export class RecordShipmentFactUseCase {
  constructor(
    private readonly lookup: EscrowLookup,
    private readonly transitions: EscrowTransitions,
    private readonly window: InspectionWindow,
    private readonly money: EscrowMoney,
    private readonly deadlines: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    private readonly cod: CodShipmentFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(m: EntityManager, event: ShipmentFact): Promise<void> {
    const escrow = await this.lookup.lockFor(m, event);
    if (!escrow) return; // set aside until the escrow opens
    const outbound = event.data.direction === 'OUTBOUND';
    if (outbound) await this.learnOutbound(m, escrow, event.data);
    switch (event.type) {
      case 'delivery.shipment-registered':
        if (outbound && !escrow.outboundShipmentId) await this.transitions.patch(m, escrow, { outboundShipmentId: event.data.shipmentId }, this.clock.now());
        return;
      case 'delivery.shipment-first-scanned':
        if (outbound) await this.shipped(m, escrow, new Date(event.data.scannedAt), event.data.shipmentId);
        return;
      case 'delivery.shipment-delivered':
        if (outbound) await this.delivered(m, escrow, event.data);
        else await this.returnDelivered(m, escrow);
        return;
      case 'delivery.shipment-delivery-failed-finally':
        if (outbound && !escrow.deliveryFailedAt) await this.transitions.patch(m, escrow, { deliveryFailedAt: new Date(event.data.lastAttemptAt) }, this.clock.now());
        return;
      case 'delivery.shipment-returned':
        if (outbound) await this.outboundReturned(m, escrow, new Date(event.data.returnedAt));
        return;
      case 'delivery.shipment-lost':
        await this.lost(m, escrow, event.data.direction, new Date(event.data.lostAt));
        return;
    }
  }

  private async shipped(m: EntityManager, escrow: EscrowRecord, scannedAt: Date, shipmentId: string): Promise<void> {
    if (escrow.firstScannedAt) return;
    await this.transitions.patch(m, escrow, { firstScannedAt: scannedAt, outboundShipmentId: escrow.outboundShipmentId ?? shipmentId }, this.clock.now());
    await this.deadlines.cancel(m, ESCROW_DEADLINES.SHIP_BY, escrow.id);
  }

  /** The outbound parcel's courier and tracking number, from its first event (on the escrow, and a COD escrow's parcel). */
  private async learnOutbound(m: EntityManager, escrow: EscrowRecord, d: { courierId: string; shipmentId: string; trackingNumber: string }): Promise<void> {
    if (!escrow.outboundTrackingNumber) {
      await this.transitions.patch(m, escrow, { outboundCourierId: d.courierId, outboundTrackingNumber: d.trackingNumber }, this.clock.now());
    }
    await this.cod.learn(m, escrow, d);
  }

  private async delivered(m: EntityManager, escrow: EscrowRecord, d: EventOf<'delivery.shipment-delivered'>['data']): Promise<void> {
    if (escrow.deliveredAt) return;
    const deliveredAt = new Date(d.deliveredAt);
    await this.shipped(m, escrow, deliveredAt, d.shipmentId); // a parcel delivered was handed over, scan or not
    await this.transitions.patch(m, escrow, { deliveredAt }, this.clock.now());
    if (escrow.paymentMethod === 'COD') await this.cod.delivered(m, escrow, { ...d, deliveredAt });
    // A COD escrow opens its window at delivery like a prepaid one, holding what the courier remits meanwhile.
    if (escrow.state === 'FUNDED' || escrow.state === 'AWAITING_DELIVERY') await this.window.open(m, escrow, deliveredAt, d.shipmentId);
  }

  private async returnDelivered(m: EntityManager, escrow: EscrowRecord): Promise<void> {
    if (escrow.state === 'ON_HOLD' && escrow.returnRefundAmount !== null) {
      const disputeId = escrow.holdDisputeId;
      if (disputeId) await recordHoldReleased(this.outbox, m, escrow, { disputeId, reason: 'DISPUTE_RESOLVED', inspectionEndsAt: null, at: this.clock.now() });
      await this.money.refundPart(m, escrow, escrow.returnRefundAmount, 'DISPUTE_OUTCOME', { disputeId });
    } else if (escrow.state === 'FUNDED' && escrow.deliveryFailedAt) {
      await this.money.refundAll(m, escrow, 'REFUNDED', 'RETURN_DELIVERED');
    }
  }

  private async outboundReturned(m: EntityManager, escrow: EscrowRecord, returnedAt: Date): Promise<void> {
    if (escrow.returnedAt) return;
    await this.transitions.patch(m, escrow, { returnedAt }, this.clock.now());
    if (await this.cod.returnedUndelivered(m, escrow, returnedAt)) return;
    if (escrow.state === 'FUNDED' || escrow.state === 'IN_INSPECTION') {
      await this.deadlines.cancel(m, ESCROW_DEADLINES.INSPECTION_END, escrow.id);
      await this.deadlines.cancel(m, ESCROW_DEADLINES.SHIP_BY, escrow.id);
      await this.money.refundAll(m, escrow, 'REFUNDED', 'RETURN_DELIVERED');
    }
  }

  private async lost(m: EntityManager, escrow: EscrowRecord, direction: 'OUTBOUND' | 'RETURN', lostAt: Date): Promise<void> {
    if (direction === 'OUTBOUND') {
      if (escrow.lostAt) return;
      await this.transitions.patch(m, escrow, { lostAt }, this.clock.now());
    }
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'SHIPMENT_LOST',
      message: `The courier reported the ${direction.toLowerCase()} parcel of order ${escrow.orderCode} lost; escrow ${escrow.id} is ${escrow.state}. No money moved: decide with a manual action.`,
      service: 'escrow',
      orderId: escrow.orderId,
      raisedAt: this.clock.now().toISOString(),
    });
  }
}
