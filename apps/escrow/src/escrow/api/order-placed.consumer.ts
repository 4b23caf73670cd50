import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { OpenEscrowUseCase } from '../application/open-escrow/open-escrow.use-case';

/** `orders.order-placed` → open the order's escrow. */
@Injectable()
@HandlesEvent('orders.order-placed')
export class OpenEscrowOnOrderPlaced implements EventHandler<'orders.order-placed'> {
  constructor(private readonly openEscrow: OpenEscrowUseCase) {}

  async handle(event: EventOf<'orders.order-placed'>, ctx: HandlerContext): Promise<void> {
    await this.openEscrow.execute(ctx.manager, event.data);
  }
}
