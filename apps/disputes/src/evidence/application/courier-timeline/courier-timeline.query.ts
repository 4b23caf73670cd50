import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CourierCheckpointRecord } from '../../infrastructure/courier-checkpoint.orm-entity';

/** One checkpoint of an order's courier timeline, as dispute views show it (evidence the platform attaches itself). */
export type CourierCheckpointView = {
  /** OUTBOUND: seller to buyer; RETURN: buyer back to seller. */
  direction: 'OUTBOUND' | 'RETURN';
  trackingNumber: string;
  /** The canonical shipment status (`PICKED_UP`, `DELIVERED`, …). */
  status: string;
  /** When it happened at the courier. */
  occurredAt: Date;
  /** Where, as the courier wrote it; null if not given. */
  location: string | null;
  /** The courier's note or failure reason; null if none. */
  description: string | null;
};

/**
 * The courier timeline of an order: every checkpoint of its outbound and return shipments that delivery-tracking
 * announced, copied from its events, ordered by when it happened (then by arrival). Empty when no courier has
 * reported anything yet.
 */
@Injectable()
export class CourierTimelineQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The timeline of `orderId`, read in `manager`'s transaction when given. */
  async forOrder(manager: EntityManager | null, orderId: string): Promise<CourierCheckpointView[]> {
    const rows = await (manager ?? this.dataSource.manager).find(CourierCheckpointRecord, { where: { orderId }, order: { occurredAt: 'ASC', seq: 'ASC' } });
    return rows.map((r) => ({ direction: r.direction, trackingNumber: r.trackingNumber, status: r.status, occurredAt: r.occurredAt, location: r.location, description: r.description }));
  }
}
