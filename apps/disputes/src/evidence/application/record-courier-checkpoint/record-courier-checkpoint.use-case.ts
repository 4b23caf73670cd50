import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { checkpointOf, type CourierCheckpointEvent } from '../../domain/courier-checkpoint';

/**
 * Copies the courier checkpoint a delivery event announces into the order's courier timeline
 * (`courier_checkpoints`, `CourierCheckpointRecord`), in the consumer's transaction. Idempotent on its own, beyond the inbox: the same event
 * again, or a milestone event repeating a checkpoint already copied (same shipment, status and time), inserts
 * nothing. Answers whether a checkpoint was added.
 */
@Injectable()
export class RecordCourierCheckpointUseCase {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async execute(manager: EntityManager, event: CourierCheckpointEvent): Promise<boolean> {
    const cp = checkpointOf(event);
    const inserted = (await manager.query(
      `INSERT INTO "disputes"."courier_checkpoints"
         ("event_id", "order_id", "shipment_id", "direction", "tracking_number", "courier_id", "status", "raw_status", "occurred_at", "location", "description", "recorded_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT DO NOTHING RETURNING "event_id"`,
      [cp.eventId, cp.orderId, cp.shipmentId, cp.direction, cp.trackingNumber, cp.courierId, cp.status, cp.rawStatus, cp.occurredAt, cp.location, cp.description, this.clock.now()],
    )) as unknown[];
    return inserted.length > 0;
  }
}
