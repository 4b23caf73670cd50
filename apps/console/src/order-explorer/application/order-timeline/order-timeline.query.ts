import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProblemException } from '@trustcircle/http';
import { DataSource } from 'typeorm';
import type { FactDetail } from '../../../read-model/domain/fact-detail';
import { OrderFactRecord } from '../../../read-model/infrastructure/order-fact.orm-entity';
import { OrderSummaryRecord } from '../../../read-model/infrastructure/order-summary.orm-entity';
import { type OrderDetail, orderDetail } from '../order-views';

/** Facts of one timeline, at most (the oldest). */
export const TIMELINE_LIMIT = 1000;

/** One line of the unified timeline. */
export interface TimelineFact {
  eventId: string;
  /** The catalogue event type, e.g. `escrow.escrow-funded`. */
  type: string;
  /** The service that told it: orders, escrow, delivery-tracking, disputes, notifications. */
  service: string;
  occurredAt: string;
  /** Ids, amounts, states and times of the event; never a name, a phone, an address or free text. */
  detail: FactDetail;
}

/** An order's unified timeline. */
export interface OrderTimeline {
  /** Null while its `orders.order-placed` has not been consumed (facts from other services came first). */
  order: OrderDetail | null;
  facts: TimelineFact[];
}

/**
 * An order's unified timeline across orders, escrow, delivery-tracking, disputes and notifications, from the read
 * model, in the order things happened (ties: the order the console learned them).
 * @throws 404 problem when the console knows nothing of the order
 */
@Injectable()
export class OrderTimelineQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(orderId: string): Promise<OrderTimeline> {
    const m = this.dataSource.manager;
    const [order, facts] = await Promise.all([
      m.findOneBy(OrderSummaryRecord, { orderId }),
      m.find(OrderFactRecord, { where: { orderId }, order: { occurredAt: 'ASC', recordedAt: 'ASC', eventId: 'ASC' }, take: TIMELINE_LIMIT }),
    ]);
    if (!order && facts.length === 0) {
      throw new ProblemException({ status: 404, type: 'order-not-found', title: 'Order not found', detail: `The console knows no order ${orderId}.` });
    }
    return {
      order: order ? orderDetail(order) : null,
      facts: facts.map((f) => ({ eventId: f.eventId, type: f.type, service: f.service, occurredAt: f.occurredAt.toISOString(), detail: f.detail })),
    };
  }
}
