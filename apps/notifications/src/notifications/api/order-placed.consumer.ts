import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { NotifyOrderPlacedUseCase } from '../application/notify-order-placed/notify-order-placed.use-case';

/** `orders.order-placed` → SMS to the buyer. */
@Injectable()
@HandlesEvent('orders.order-placed')
export class NotifyBuyerOnOrderPlaced implements EventHandler<'orders.order-placed'> {
  constructor(private readonly notify: NotifyOrderPlacedUseCase) {}

  async handle(event: EventOf<'orders.order-placed'>, ctx: HandlerContext): Promise<void> {
    await this.notify.execute(ctx.manager, event);
  }
}
