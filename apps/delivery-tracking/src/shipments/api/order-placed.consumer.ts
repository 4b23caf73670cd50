import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { CopyOrderUseCase } from '../application/copy-order/copy-order.use-case';

/** `orders.order-placed` → delivery tracking's copy of the order. */
@Injectable()
@HandlesEvent('orders.order-placed')
export class CopyOrderOnOrderPlaced implements EventHandler<'orders.order-placed'> {
  constructor(private readonly copyOrder: CopyOrderUseCase) {}

  async handle(event: EventOf<'orders.order-placed'>, ctx: HandlerContext): Promise<void> {
    await this.copyOrder.execute(ctx.manager, event.data);
  }
}
