import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShipmentStatus } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { DeliveryEnv } from '../../../config/delivery.env';
import { OrderCopyRecord } from '../../../shipments/infrastructure/order-copy.orm-entity';
import { ShipmentRecord } from '../../../shipments/infrastructure/shipment.orm-entity';
import { RecordCheckpointTrustUseCase } from '../../../trust/application/record-checkpoint-trust/record-checkpoint-trust.use-case';
import type { CourierCheckpoint } from '../../domain/courier-checkpoint';
import { applyCheckpoint } from '../../domain/shipment-timeline';
import { CheckpointRecord } from '../../infrastructure/checkpoint.orm-entity';
import { ParkedCourierEventRecord } from '../../infrastructure/parked-courier-event.orm-entity';
import { CourierEventMetrics } from './courier-event.metrics';
import { ShipmentEvents } from './shipment-events';

/** What became of a courier event. */
export type CourierEventResult =
  | { kind: 'accepted'; checkpointId: string; shipmentId: string; status: ShipmentStatus; currentStatus: ShipmentStatus; late: boolean; flagged: boolean }
  | { kind: 'duplicate'; checkpointId: string; shipmentId: string }
  | { kind: 'parked'; parkedId: string; expiresAt: Date }
  | { kind: 'not-found' }
  | { kind: 'refused'; field: 'occurredAt'; reason: 'IN_THE_FUTURE' | 'BEFORE_THE_ORDER'; detail: string };

/** Clock skew tolerated before the order's placement. */
const BEFORE_ORDER_TOLERANCE_MS = 5 * 60_000;

/**
 * Records a courier event (any format, already canonical) in its shipment's timeline, in one transaction with
 * its events:
 * - only the courier the shipment is registered with may report on it: another courier's parcel is `not-found`
 *   (the caller answers 404 and logs it for security); a tracking number nobody registered is parked for
 *   UNKNOWN_TRACKING_PARK_DAYS and applied if the shipment is registered meanwhile;
 * - an event far in the future, or before the order existed, is `refused` (400 naming `occurredAt`);
 * - the same shipment, status and time again is a `duplicate` (absorbed, nothing emitted);
 * - otherwise the checkpoint joins the timeline in its place (`applyCheckpoint`): the shipment's summary moves,
 *   `delivery.shipment-status-changed` is recorded, and so is each milestone reached (first scan, delivered,
 *   failed for good, returned, lost); and the courier's trust buckets take it in (`RecordCheckpointTrustUseCase`).
 */
@Injectable()
export class RecordCourierEventUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ShipmentEvents,
    private readonly env: DeliveryEnv,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly trust: RecordCheckpointTrustUseCase,
    @Optional() private readonly metrics?: CourierEventMetrics,
  ) {}

  execute(courierId: string, cp: CourierCheckpoint): Promise<CourierEventResult> {
    return this.dataSource.transaction((m) => this.record(m, courierId, cp));
  }

  /**
   * The same, in the caller's transaction. Every outcome is counted per courier and source (metrics). `arrivedAt`:
   * when the event first reached TrustCircle, if earlier than now (a parked event replayed), for its courier's latency.
   */
  async record(m: EntityManager, courierId: string, cp: CourierCheckpoint, arrivedAt?: Date): Promise<CourierEventResult> {
    const result = await this.apply(m, courierId, cp, arrivedAt);
    this.metrics?.observe(courierId, result, cp);
    return result;
  }

  private async apply(m: EntityManager, courierId: string, cp: CourierCheckpoint, arrivedAt?: Date): Promise<CourierEventResult> {
    const now = this.clock.now();
    const futureLimit = now.getTime() + this.env.COURIER_EVENT_FUTURE_TOLERANCE_MINUTES * 60_000;
    if (cp.occurredAt.getTime() > futureLimit) {
      return { kind: 'refused', field: 'occurredAt', reason: 'IN_THE_FUTURE', detail: `occurredAt ${cp.occurredAt.toISOString()} is in the future.` };
    }
    const shipment = await m.findOne(ShipmentRecord, { where: { courierId, trackingNumber: cp.trackingNumber }, lock: { mode: 'pessimistic_write' } });
    if (!shipment) return this.unknown(m, courierId, cp, now);
    const order = await m.findOneByOrFail(OrderCopyRecord, { orderId: shipment.orderId });
    if (cp.occurredAt.getTime() < order.placedAt.getTime() - BEFORE_ORDER_TOLERANCE_MS) {
      return { kind: 'refused', field: 'occurredAt', reason: 'BEFORE_THE_ORDER', detail: `occurredAt ${cp.occurredAt.toISOString()} is before the order was placed.` };
    }
    const applied = applyCheckpoint(shipment, cp, this.env.DELIVERY_MAX_FAILED_ATTEMPTS);
    const checkpoint = m.create(CheckpointRecord, {
      id: randomUUID(),
      shipmentId: shipment.id,
      status: cp.status,
      rawStatus: cp.rawStatus,
      occurredAt: cp.occurredAt,
      receivedAt: now,
      location: cp.location,
      note: cp.note,
      codAmount: cp.codAmount,
      source: cp.source,
      late: applied.late,
      flagged: applied.flagged,
      flagReason: applied.flagReason,
    });
    const inserted = await m.createQueryBuilder().insert().into(CheckpointRecord).values(checkpoint).orIgnore().returning(['id']).execute();
    if ((inserted.raw as unknown[]).length === 0) {
      const twin = await m.findOneByOrFail(CheckpointRecord, { shipmentId: shipment.id, status: cp.status, occurredAt: cp.occurredAt });
      return { kind: 'duplicate', checkpointId: twin.id, shipmentId: shipment.id };
    }
    const patch = { ...applied.next, lastEventAt: now, updatedAt: now };
    await m.update(ShipmentRecord, { id: shipment.id }, patch);
    Object.assign(shipment, patch);
    await this.events.recordCheckpoint(m, shipment, checkpoint, applied);
    await this.trust.execute(m, courierId, shipment.id, {
      status: cp.status,
      occurredAt: cp.occurredAt,
      receivedAt: arrivedAt ?? now,
      previousStatus: applied.previousStatus,
      direction: shipment.direction,
      delivered: applied.milestones.includes('DELIVERED'),
      expectedDeliveryAt: shipment.expectedDeliveryAt,
      firstScannedAt: applied.next.firstScannedAt,
    });
    return { kind: 'accepted', checkpointId: checkpoint.id, shipmentId: shipment.id, status: cp.status, currentStatus: applied.currentStatus, late: applied.late, flagged: applied.flagged };
  }

  private async unknown(m: EntityManager, courierId: string, cp: CourierCheckpoint, now: Date): Promise<CourierEventResult> {
    const carriedByAnother = await m.exists(ShipmentRecord, { where: { trackingNumber: cp.trackingNumber } });
    if (carriedByAnother) return { kind: 'not-found' };
    const expiresAt = new Date(now.getTime() + this.env.UNKNOWN_TRACKING_PARK_DAYS * 86_400_000);
    const parked = m.create(ParkedCourierEventRecord, {
      id: randomUUID(),
      courierId,
      trackingNumber: cp.trackingNumber,
      event: { ...cp, occurredAt: cp.occurredAt.toISOString(), codAmount: cp.codAmount === null ? null : cp.codAmount.toString() },
      receivedAt: now,
      expiresAt,
    });
    await m.insert(ParkedCourierEventRecord, parked);
    return { kind: 'parked', parkedId: parked.id, expiresAt };
  }
}
