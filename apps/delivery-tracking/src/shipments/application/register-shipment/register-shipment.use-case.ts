import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShipmentDirection } from '@trustcircle/contracts';
import { ProblemException } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { PartnerDirectory } from '@trustcircle/security';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { ReplayParkedEventsUseCase } from '../../../tracking/application/replay-parked-events/replay-parked-events.use-case';
import { EMPTY_TIMELINE } from '../../../tracking/domain/shipment-timeline';
import { OrderCopyRecord } from '../../infrastructure/order-copy.orm-entity';
import { ShipmentRecord } from '../../infrastructure/shipment.orm-entity';
import { ShipmentProblems } from '../shared/shipment-problems';
import { type ShipmentWithTimeline, ShipmentTimelineReader } from '../shared/shipment-timeline.reader';

/** A marketplace's shipment registration. */
export interface RegisterShipmentCommand {
  marketplaceId: string;
  orderId: string;
  courierId: string;
  trackingNumber: string;
  direction: ShipmentDirection;
  expectedDeliveryAt: Date | null;
}

/**
 * Registers a shipment for one of the marketplace's orders (its copy from `orders.order-placed`), carried by an
 * active courier partner: the outbound parcel (one active per order: a cancelled one may be replaced) or a
 * return, linked to the order's outbound shipment. In one transaction: the shipment, `delivery.shipment-registered`,
 * and the courier events parked because they arrived before the registration (applied to its timeline now).
 * The order's copy is locked meanwhile, so two registrations for one order never race past the checks; the
 * database's unique indexes (one active outbound per order, one tracking number per courier) stay the last word.
 */
@Injectable()
export class RegisterShipmentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PartnerDirectory,
    private readonly outbox: OutboxWriter,
    private readonly replayParked: ReplayParkedEventsUseCase,
    private readonly timelines: ShipmentTimelineReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(c: RegisterShipmentCommand): Promise<ShipmentWithTimeline> {
    const courier = await this.directory.get(c.courierId);
    if (!courier || courier.kind !== 'COURIER' || courier.status !== 'ACTIVE') throw ShipmentProblems.unknownCourier(c.courierId);
    try {
      return await this.dataSource.transaction((m) => this.register(m, c));
    } catch (e) {
      throw conflictOf(e, c) ?? e;
    }
  }

  private async register(m: EntityManager, c: RegisterShipmentCommand): Promise<ShipmentWithTimeline> {
    const order = await m.findOne(OrderCopyRecord, { where: { orderId: c.orderId, marketplaceId: c.marketplaceId }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw ShipmentProblems.orderNotFound(c.orderId);
    if (await m.exists(ShipmentRecord, { where: { courierId: c.courierId, trackingNumber: c.trackingNumber } })) throw ShipmentProblems.trackingNumberTaken(c.trackingNumber);
    const outbound = await this.outboundOf(m, c.orderId);
    let returnOfShipmentId: string | null = null;
    if (c.direction === 'OUTBOUND' && outbound && outbound.status !== 'CANCELLED') throw ShipmentProblems.outboundExists(c.orderId);
    if (c.direction === 'RETURN') {
      if (!outbound) throw ShipmentProblems.noOutboundShipment(c.orderId);
      returnOfShipmentId = outbound.id;
    }
    const now = this.clock.now();
    const shipment = m.create(ShipmentRecord, {
      id: randomUUID(),
      orderId: c.orderId,
      marketplaceId: c.marketplaceId,
      courierId: c.courierId,
      trackingNumber: c.trackingNumber,
      direction: c.direction,
      returnOfShipmentId,
      expectedDeliveryAt: c.expectedDeliveryAt,
      ...EMPTY_TIMELINE,
      lastEventAt: null,
      registeredAt: now,
      updatedAt: now,
      version: 1,
    });
    await m.insert(ShipmentRecord, shipment);
    await this.outbox.record(m, 'delivery.shipment-registered', {
      orderId: shipment.orderId,
      shipmentId: shipment.id,
      courierId: shipment.courierId,
      trackingNumber: shipment.trackingNumber,
      direction: shipment.direction,
      marketplaceId: shipment.marketplaceId,
      returnOfShipmentId,
      expectedDeliveryAt: shipment.expectedDeliveryAt?.toISOString() ?? null,
      registeredAt: now.toISOString(),
    });
    await this.replayParked.execute(m, shipment);
    const fresh = await m.findOneByOrFail(ShipmentRecord, { id: shipment.id });
    const [registered] = await this.timelines.withTimelines(m, [fresh]);
    return registered as ShipmentWithTimeline;
  }

  /** The order's outbound shipment: the active one, else the latest (a return may follow a cancelled one). */
  private async outboundOf(m: EntityManager, orderId: string): Promise<ShipmentRecord | null> {
    const all = await m.find(ShipmentRecord, { where: { orderId, direction: 'OUTBOUND' }, order: { registeredAt: 'DESC', id: 'DESC' } });
    return all.find((s) => s.status !== 'CANCELLED') ?? all[0] ?? null;
  }
}

/** A unique index that refused a concurrent registration, as the problem the checks would have answered. */
function conflictOf(e: unknown, c: RegisterShipmentCommand): ProblemException | null {
  if (!(e instanceof QueryFailedError)) return null;
  const err = e.driverError as { code?: string; constraint?: string };
  if (err.code !== '23505') return null;
  if (err.constraint === 'shipments_one_active_outbound') return ShipmentProblems.outboundExists(c.orderId);
  if (err.constraint === 'shipments_courier_tracking_uq') return ShipmentProblems.trackingNumberTaken(c.trackingNumber);
  return null;
}
