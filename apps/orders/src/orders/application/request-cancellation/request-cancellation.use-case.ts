import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrderStatus } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { DataSource } from 'typeorm';
import { OrderRecord } from '../../infrastructure/order.orm-entity';

/** Statuses after which there is nothing left to cancel. */
const CLOSED: ReadonlySet<OrderStatus> = new Set(['CANCELLED', 'EXPIRED', 'RELEASED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'RETURNED']);

export type RequestCancellationResult =
  | { kind: 'requested'; order: OrderRecord }
  | { kind: 'already-requested'; order: OrderRecord }
  | { kind: 'closed'; order: OrderRecord }
  | { kind: 'not-found' };

/**
 * A marketplace asks to cancel one of its orders. It is a request: escrow owns the money and answers by event
 * (accepted until the courier's first scan, refunded if funded; refused after), and the answer becomes a fact
 * of the order's status. Asking twice is the same request.
 */
@Injectable()
export class RequestCancellationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(marketplaceId: string, orderId: string, reason: string): Promise<RequestCancellationResult> {
    return this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(OrderRecord, { where: { id: orderId, marketplaceId }, lock: { mode: 'pessimistic_write' } });
      if (!order) return { kind: 'not-found' };
      if (order.cancellationId) return { kind: 'already-requested', order };
      if (CLOSED.has(order.status)) return { kind: 'closed', order };
      const now = this.clock.now();
      order.cancellationId = randomUUID();
      order.cancellationReason = reason.normalize('NFC');
      order.cancellationRequestedAt = now;
      order.updatedAt = now;
      await manager.update(
        OrderRecord,
        { id: order.id },
        { cancellationId: order.cancellationId, cancellationReason: order.cancellationReason, cancellationRequestedAt: now, updatedAt: now },
      );
      await this.outbox.record(manager, 'orders.cancellation-requested', {
        orderId: order.id,
        cancellationId: order.cancellationId,
        marketplaceId,
        reason: order.cancellationReason,
        requestedAt: now.toISOString(),
      });
      return { kind: 'requested', order };
    });
  }
}
