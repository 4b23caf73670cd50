import { Injectable } from '@nestjs/common';
import { vndToWire } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import type { ShipmentRecord } from '../../../shipments/infrastructure/shipment.orm-entity';
import type { AppliedCheckpoint } from '../../domain/shipment-timeline';
import type { CheckpointRecord } from '../../infrastructure/checkpoint.orm-entity';

/** Records the events of a checkpoint accepted into a shipment's timeline: the status change, then each milestone. */
@Injectable()
export class ShipmentEvents {
  constructor(private readonly outbox: OutboxWriter) {}

  async recordCheckpoint(m: EntityManager, s: ShipmentRecord, cp: CheckpointRecord, applied: AppliedCheckpoint): Promise<void> {
    const about = { orderId: s.orderId, shipmentId: s.id, courierId: s.courierId, trackingNumber: s.trackingNumber, direction: s.direction };
    const at = cp.occurredAt.toISOString();
    await this.outbox.record(m, 'delivery.shipment-status-changed', {
      ...about,
      status: cp.status,
      currentStatus: applied.currentStatus,
      previousStatus: applied.previousStatus,
      rawStatus: cp.rawStatus,
      occurredAt: at,
      receivedAt: cp.receivedAt.toISOString(),
      late: applied.late,
      location: cp.location,
      note: cp.note,
      flagged: applied.flagged,
      flagReason: applied.flagReason,
      codAmount: cp.codAmount === null ? null : vndToWire(cp.codAmount),
    });
    for (const milestone of applied.milestones) {
      switch (milestone) {
        case 'FIRST_SCANNED':
          await this.outbox.record(m, 'delivery.shipment-first-scanned', { ...about, status: cp.status, scannedAt: at });
          break;
        case 'DELIVERED':
          await this.outbox.record(m, 'delivery.shipment-delivered', {
            ...about,
            deliveredAt: at,
            codAmount: cp.codAmount === null ? null : vndToWire(cp.codAmount),
            location: cp.location,
          });
          break;
        case 'FAILED_FINALLY':
          await this.outbox.record(m, 'delivery.shipment-delivery-failed-finally', { ...about, attempts: applied.next.failedAttempts, lastAttemptAt: at, lastReason: cp.note });
          break;
        case 'RETURNED':
          await this.outbox.record(m, 'delivery.shipment-returned', { ...about, returnedAt: at });
          break;
        case 'LOST':
          await this.outbox.record(m, 'delivery.shipment-lost', { ...about, lostAt: at });
          break;
      }
    }
  }
}
