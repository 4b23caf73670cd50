import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactsUseCase } from '../application/record-order-facts/record-order-facts.use-case';

/** `orders.order-placed` → the order's copy (code, marketplace, seller, total, payment method, placed at). */
@Injectable()
@HandlesEvent('orders.order-placed')
export class OrderFactsOnOrderPlaced implements EventHandler<'orders.order-placed'> {
  constructor(private readonly facts: RecordOrderFactsUseCase) {}

  async handle(event: EventOf<'orders.order-placed'>, ctx: HandlerContext): Promise<void> {
    await this.facts.execute(ctx.manager, event);
  }
}
