import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrderStatus } from '@trustcircle/contracts';
import type { DataSource } from 'typeorm';
import type { OrderFactDetail, OrderFactKind } from '../../domain/order-fact-kind';
import { type TimelineGroup, timelineGroupOf } from '../../domain/timeline-group';
import { OrderFactRecord } from '../../infrastructure/order-fact.orm-entity';

/** One entry of an order's unified timeline. */
export interface TimelineEntry {
  at: Date;
  group: TimelineGroup;
  kind: OrderFactKind;
  /** The status the order reached with this fact, when it changed it. */
  statusAfter: OrderStatus | null;
  /** Ids, amounts, reasons and directions: never personal data. */
  detail: OrderFactDetail;
}

/** The order's facts in the order they happened (money, parcel, complaint and messages on one line). */
@Injectable()
export class OrderTimelineQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(orderId: string): Promise<TimelineEntry[]> {
    const facts = await this.dataSource.manager.find(OrderFactRecord, { where: { orderId }, order: { occurredAt: 'ASC', recordedAt: 'ASC' } });
    return facts.map((f) => ({ at: f.occurredAt, group: timelineGroupOf(f.kind), kind: f.kind, statusAfter: f.statusAfter, detail: f.detail }));
  }
}
