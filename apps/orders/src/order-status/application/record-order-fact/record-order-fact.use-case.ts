import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OrderStatus } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import type { EntityManager } from 'typeorm';
import { OrderRecord } from '../../../orders/infrastructure/order.orm-entity';
import { deriveOrderStatus } from '../../domain/derive-order-status';
import type { OrderFactFromEvent } from '../../domain/order-fact-of-event';
import { OrderFactRecord } from '../../infrastructure/order-fact.orm-entity';

/** A fact about an order, with the event that told it (see `orderFactOf`). */
export type RecordOrderFactCommand = OrderFactFromEvent;

export type RecordOrderFactResult =
  | { outcome: 'unknown-order' }
  | { outcome: 'duplicate' }
  | { outcome: 'recorded'; status: OrderStatus; changed: false }
  | { outcome: 'recorded'; status: OrderStatus; changed: true; previousStatus: OrderStatus; sequence: number };

/** The order's first status (PLACED, announced by `orders.order-placed`) is change number 1. */
const PLACED_SEQUENCE = 1;

/**
 * Records one fact in the order's timeline (once per cause event), derives the status again from ALL the
 * order's facts and, when it changed, updates the order and emits `orders.order-status-changed`, all in the
 * caller's transaction. The order row is locked first, so facts of one order arriving on several topics at
 * once are applied one after the other.
 */
@Injectable()
export class RecordOrderFactUseCase {
  private readonly logger = new Logger('OrderStatus');

  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, command: RecordOrderFactCommand): Promise<RecordOrderFactResult> {
    const order = await manager.findOne(OrderRecord, { where: { id: command.orderId }, lock: { mode: 'pessimistic_write' } });
    if (!order) {
      // Not ours (another environment, or a test's stray event): nothing to project. Ids only, no personal data.
      this.logger.warn(`ignored ${command.causeEventType} (event ${command.causeEventId}): unknown order ${command.orderId}`);
      return { outcome: 'unknown-order' };
    }
    const now = this.clock.now();
    const fact: OrderFactRecord = {
      id: randomUUID(),
      orderId: order.id,
      kind: command.kind,
      occurredAt: new Date(command.occurredAt),
      causeEventId: command.causeEventId,
      causeEventType: command.causeEventType,
      recordedAt: now,
      detail: command.detail,
      statusAfter: null,
      statusSequence: null,
    };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OrderFactRecord)
      .values(fact)
      .orIgnore() // ON CONFLICT DO NOTHING: the same cause event is one fact, whichever consumer saw it
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return { outcome: 'duplicate' };

    const facts = await manager.find(OrderFactRecord, { where: { orderId: order.id }, select: { kind: true, detail: true, statusSequence: true } });
    const status = deriveOrderStatus(facts);
    if (status === order.status) return { outcome: 'recorded', status, changed: false };

    const previousStatus = order.status;
    const sequence = Math.max(PLACED_SEQUENCE, ...facts.map((f) => f.statusSequence ?? 0)) + 1;
    await manager.update(OrderFactRecord, { id: fact.id }, { statusAfter: status, statusSequence: sequence });
    await manager.update(OrderRecord, { id: order.id }, { status, updatedAt: now });
    await this.outbox.record(manager, 'orders.order-status-changed', {
      orderId: order.id,
      code: order.code,
      marketplaceId: order.marketplaceId,
      status,
      previousStatus,
      causeEventId: command.causeEventId,
      causeEventType: command.causeEventType,
      sequence,
      changedAt: fact.occurredAt.toISOString(),
    });
    return { outcome: 'recorded', status, changed: true, previousStatus, sequence };
  }
}
