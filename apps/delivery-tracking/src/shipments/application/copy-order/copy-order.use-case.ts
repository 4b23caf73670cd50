import { Injectable } from '@nestjs/common';
import type { OrderPlacedV1 } from '@trustcircle/contracts';
import { toVnd } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { OrderCopyRecord } from '../../infrastructure/order-copy.orm-entity';

/**
 * Keeps delivery tracking's own copy of a placed order (whose it is, when it was placed): what shipment
 * registration checks ownership against and courier events are dated against. Idempotent: a second delivery of
 * the same order inserts nothing.
 */
@Injectable()
export class CopyOrderUseCase {
  async execute(m: EntityManager, order: OrderPlacedV1): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(OrderCopyRecord)
      .values({
        orderId: order.orderId,
        marketplaceId: order.marketplaceId,
        code: order.code,
        paymentMethod: order.paymentMethod,
        totalAmount: toVnd(order.totalAmount),
        placedAt: new Date(order.placedAt),
      })
      .orIgnore()
      .execute();
  }
}
