import { Inject, Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { CLOCK, type Clock, toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { TrustLedger } from '../../../trust/application/record-trust/trust-ledger';
import { OrderFactsRecord } from '../../infrastructure/order-facts.orm-entity';

/** The events whose facts the filing rule needs. */
export type OrderFactEvent =
  | EventOf<'orders.order-placed'>
  | EventOf<'escrow.escrow-funded'>
  | EventOf<'escrow.inspection-started'>
  | EventOf<'escrow.inspection-ended'>
  | EventOf<'delivery.shipment-registered'>;

type FactColumns = Partial<Omit<OrderFactsRecord, 'orderId' | 'updatedAt'>>;

/** The columns an event knows (none when it carries nothing the filing rule reads). */
function columnsOf(event: OrderFactEvent): FactColumns | null {
  switch (event.type) {
    case 'orders.order-placed': {
      const o = event.data;
      return {
        orderCode: o.code,
        marketplaceId: o.marketplaceId,
        sellerId: o.seller.id,
        totalAmount: toVnd(o.totalAmount),
        paymentMethod: o.paymentMethod,
        placedAt: new Date(o.placedAt),
      };
    }
    case 'escrow.escrow-funded':
      return { fundedAt: new Date(event.data.fundedAt) };
    case 'escrow.inspection-started':
      return { deliveredAt: new Date(event.data.deliveredAt), inspectionEndsAt: new Date(event.data.endsAt) };
    case 'escrow.inspection-ended':
      return event.data.reason === 'RECEIPT_CONFIRMED' ? { receiptConfirmedAt: new Date(event.data.endedAt) } : null;
    case 'delivery.shipment-registered':
      return event.data.direction === 'OUTBOUND' ? { expectedDeliveryAt: event.data.expectedDeliveryAt ? new Date(event.data.expectedDeliveryAt) : null } : null;
  }
}

/**
 * Keeps disputes' copy of an order's facts (`order_facts`): upserts only the columns the event knows, so the
 * events may arrive in any order and a replay writes the same values (idempotent; the inbox already runs each
 * event once). Runs in the consumer's transaction, which also counts a placed order for its merchant's and
 * marketplace's trust scores, once per order (not again if its placing was already known).
 */
@Injectable()
export class RecordOrderFactsUseCase {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly trust: TrustLedger,
  ) {}

  async execute(manager: EntityManager, event: OrderFactEvent): Promise<void> {
    const columns = columnsOf(event);
    if (!columns) return;
    if (event.type === 'orders.order-placed') await this.countOrder(manager, event);
    await manager.upsert(OrderFactsRecord, { orderId: event.data.orderId, ...columns, updatedAt: this.clock.now() }, { conflictPaths: ['orderId'] });
  }

  /** Counts the order for trust unless its placing was already recorded (the row locked until commit). */
  private async countOrder(manager: EntityManager, event: EventOf<'orders.order-placed'>): Promise<void> {
    const known = await manager.findOne(OrderFactsRecord, { where: { orderId: event.data.orderId }, lock: { mode: 'pessimistic_write' } });
    if (known?.placedAt) return;
    const o = event.data;
    await this.trust.orderPlaced(manager, { marketplaceId: o.marketplaceId, sellerId: o.seller.id, placedAt: new Date(o.placedAt) });
  }
}
