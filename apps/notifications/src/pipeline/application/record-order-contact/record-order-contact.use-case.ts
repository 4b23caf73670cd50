import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { OrderContactRecord } from '../../infrastructure/pipeline.orm-entities';

/** Keeps notifications' own copy of an order's contacts and payment facts from `orders.order-placed` (a replay rewrites the same). */
@Injectable()
export class RecordOrderContactUseCase {
  async execute(m: EntityManager, event: EventOf<'orders.order-placed'>): Promise<void> {
    const o = event.data;
    await m.upsert(
      OrderContactRecord,
      {
        orderId: o.orderId,
        orderCode: o.code,
        marketplaceId: o.marketplaceId,
        sellerId: o.seller.id,
        buyerPhone: o.buyer.phone,
        buyerEmail: o.buyer.email ?? null,
        sellerEmail: o.seller.email ?? null,
        totalAmount: toVnd(o.totalAmount),
        paymentMethod: o.paymentMethod,
        paymentReference: o.paymentReference,
        paymentExpiresAt: o.paymentExpiresAt ? new Date(o.paymentExpiresAt) : null,
        placedAt: new Date(o.placedAt),
      },
      { conflictPaths: ['orderId'] },
    );
  }
}
