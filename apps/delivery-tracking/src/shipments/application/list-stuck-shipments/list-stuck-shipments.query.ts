import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TERMINAL_SHIPMENT_STATUSES } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { DeliveryEnv } from '../../../config/delivery.env';
import { type ShipmentViewer, scopeCondition } from '../../domain/shipment-viewer';
import { type StuckReason, silentSince, stuckCutoff, stuckReasons } from '../../domain/stuck-shipment';
import { ShipmentRecord } from '../../infrastructure/shipment.orm-entity';
import { encodeStuckCursor, type StuckCursor } from './stuck-cursor';

/** One stuck shipment, with since when its courier is silent and why it is listed. */
export interface StuckShipment {
  shipment: ShipmentRecord;
  silentSince: Date;
  reasons: StuckReason[];
}

/** A page of stuck shipments, longest silent first, and the cursor of the next page (null on the last). */
export interface StuckShipmentPage {
  items: StuckShipment[];
  nextCursor: string | null;
}

/** The silence start in SQL: the last courier event's arrival, or the registration before the first. */
const SILENT_SINCE = 'COALESCE(s.last_event_at, s.registered_at)';

/**
 * Lists active shipments (no terminal status yet) with no courier event for STUCK_AFTER_HOURS, or past their
 * expected delivery, in the viewer's scope (operators: all; a marketplace or courier: its own), longest silent
 * first, by keyset pagination on (silence start, id).
 */
@Injectable()
export class ListStuckShipmentsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly env: DeliveryEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(viewer: ShipmentViewer, c: { after?: StuckCursor; limit: number }): Promise<StuckShipmentPage> {
    const now = this.clock.now();
    const q = this.dataSource.manager
      .createQueryBuilder(ShipmentRecord, 's')
      .where('(s.status IS NULL OR s.status NOT IN (:...terminal))', { terminal: TERMINAL_SHIPMENT_STATUSES })
      .andWhere(`(${SILENT_SINCE} <= :cutoff OR s.expected_delivery_at < :now)`, { cutoff: stuckCutoff(now, this.env.STUCK_AFTER_HOURS), now })
      .orderBy(SILENT_SINCE, 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(c.limit + 1);
    const scope = scopeCondition(viewer, 's');
    if (scope) q.andWhere(scope.sql, scope.params);
    if (c.after) q.andWhere(`(${SILENT_SINCE}, s.id) > (:afterAt, :afterId)`, { afterAt: c.after.silentSince, afterId: c.after.id });
    const rows = await q.getMany();
    const items = rows.slice(0, c.limit).map((shipment) => ({ shipment, silentSince: silentSince(shipment), reasons: stuckReasons(shipment, now, this.env.STUCK_AFTER_HOURS) }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > c.limit && last ? encodeStuckCursor({ silentSince: last.silentSince, id: last.shipment.id }) : null };
  }
}
