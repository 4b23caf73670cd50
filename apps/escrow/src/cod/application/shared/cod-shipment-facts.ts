import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, toVnd, vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { EscrowTransitions } from '../../../escrow/application/shared/escrow-transitions';
import type { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { CodParcels, type OutboundShipment } from './cod-parcels';

/**
 * What the outbound parcel's delivery events mean for a COD escrow's cash (the lifecycle itself, the inspection
 * window included, is `RecordShipmentFactUseCase`'s):
 * - every outbound event: the parcel learns its courier, shipment and tracking number (the first one wins);
 * - delivered: the cash the courier says it collected is recorded; an amount other than the order total (or none
 *   at all) is `escrow.cod-collection-mismatch` and a WARNING alert (COD_COLLECTION_MISMATCH), once;
 * - back with the seller before delivery (refused at the door, or failed for good): the escrow is CANCELLED,
 *   nothing was collected and no money moves.
 */
@Injectable()
export class CodShipmentFacts {
  constructor(
    private readonly parcels: CodParcels,
    private readonly transitions: EscrowTransitions,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  learn(m: EntityManager, escrow: EscrowRecord, shipment: OutboundShipment): Promise<void> {
    return this.parcels.learnShipment(m, escrow, shipment);
  }

  /** Records the outbound delivery of a COD escrow's parcel with the cash collected (`codAmount`, null: not said). */
  async delivered(m: EntityManager, escrow: EscrowRecord, d: OutboundShipment & { deliveredAt: Date; codAmount: number | null }): Promise<void> {
    const collected = d.codAmount === null ? null : toVnd(d.codAmount);
    const parcel = await this.parcels.recordDelivery(m, escrow, d.deliveredAt, collected);
    if (!parcel || collected === parcel.expectedAmount) return;
    const now = this.clock.now();
    await this.outbox.record(m, 'escrow.cod-collection-mismatch', {
      orderId: escrow.orderId,
      escrowId: escrow.id,
      courierId: d.courierId,
      shipmentId: d.shipmentId,
      trackingNumber: d.trackingNumber,
      expectedAmount: vndToWire(parcel.expectedAmount),
      collectedAmount: vndToWire(collected ?? 0n),
      detectedAt: now.toISOString(),
    });
    const said = collected === null ? 'did not report the cash it collected' : `reported collecting ${collected} VND`;
    await this.outbox.record(m, 'platform.operator-alert-raised', {
      alertId: randomUUID(),
      severity: 'WARNING',
      code: 'COD_COLLECTION_MISMATCH',
      message:
        `Courier ${d.courierId} delivered COD order ${escrow.orderCode} (tracking ${d.trackingNumber}) and ${said}; the order total is ` +
        `${parcel.expectedAmount} VND. Escrow ${escrow.id} funds only what the courier remits; check the collection with the courier.`,
      service: 'escrow',
      orderId: escrow.orderId,
      raisedAt: now.toISOString(),
    });
  }

  /**
   * The outbound parcel is back with the seller: a COD escrow still awaiting delivery (the buyer refused it at the
   * door, or delivery failed for good) is CANCELLED; nothing was collected, no money moves. Answers whether it was.
   */
  async returnedUndelivered(m: EntityManager, escrow: EscrowRecord, returnedAt: Date): Promise<boolean> {
    if (escrow.paymentMethod !== 'COD' || escrow.state !== 'AWAITING_DELIVERY') return false;
    await this.transitions.move(m, escrow, 'CANCELLED', {}, this.clock.now());
    await this.parcels.refused(m, escrow, returnedAt);
    return true;
  }
}
