import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type ShipmentViewer, scopeCondition } from '../../domain/shipment-viewer';
import { OrderCopyRecord } from '../../infrastructure/order-copy.orm-entity';
import { ShipmentRecord } from '../../infrastructure/shipment.orm-entity';
import { type ShipmentWithTimeline, ShipmentTimelineReader } from '../shared/shipment-timeline.reader';

/** What a tracking-number lookup found in the viewer's scope. */
export type TrackingLookup = { kind: 'found'; shipment: ShipmentWithTimeline } | { kind: 'not-found' } | { kind: 'ambiguous'; courierIds: string[] };

/**
 * Shipments with their timelines, as the viewer may see them: operators every one, a marketplace those it
 * registered, a courier those it carries. Anything outside the scope is not found.
 */
@Injectable()
export class GetShipmentsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timelines: ShipmentTimelineReader,
  ) {}

  /**
   * The shipment with this tracking number. Tracking numbers are unique per courier only: if the scope holds
   * several (an operator, or a marketplace using two couriers), `courierId` picks one, else it is `ambiguous`.
   */
  async byTrackingNumber(viewer: ShipmentViewer, trackingNumber: string, courierId?: string): Promise<TrackingLookup> {
    const q = this.dataSource.manager.createQueryBuilder(ShipmentRecord, 's').where('s.trackingNumber = :trackingNumber', { trackingNumber }).orderBy('s.registeredAt', 'ASC').limit(20);
    const scope = scopeCondition(viewer, 's');
    if (scope) q.andWhere(scope.sql, scope.params);
    if (courierId) q.andWhere('s.courierId = :courierId', { courierId });
    const found = await q.getMany();
    if (found.length === 0) return { kind: 'not-found' };
    if (found.length > 1) return { kind: 'ambiguous', courierIds: found.map((s) => s.courierId) };
    const [shipment] = await this.timelines.withTimelines(this.dataSource.manager, found);
    return { kind: 'found', shipment: shipment as ShipmentWithTimeline };
  }

  /**
   * The order's shipments (outbound and returns, oldest first), or null when the order is not the viewer's to
   * see: unknown, another marketplace's, or (for a courier) an order it carries nothing for.
   */
  async byOrder(viewer: ShipmentViewer, orderId: string): Promise<ShipmentWithTimeline[] | null> {
    const m = this.dataSource.manager;
    const q = m.createQueryBuilder(ShipmentRecord, 's').where('s.orderId = :orderId', { orderId }).orderBy('s.registeredAt', 'ASC').addOrderBy('s.id', 'ASC');
    const scope = scopeCondition(viewer, 's');
    if (scope) q.andWhere(scope.sql, scope.params);
    const shipments = await q.getMany();
    if (shipments.length === 0 && !(await this.orderVisible(viewer, orderId))) return null;
    return this.timelines.withTimelines(m, shipments);
  }

  /** An order with no shipment yet is visible to an operator and its marketplace only. */
  private async orderVisible(viewer: ShipmentViewer, orderId: string): Promise<boolean> {
    if (viewer.kind === 'courier') return false;
    const where = viewer.kind === 'operator' ? { orderId } : { orderId, marketplaceId: viewer.partnerId };
    return this.dataSource.manager.exists(OrderCopyRecord, { where });
  }
}
