import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { CancelEscrowUseCase } from '../application/cancel-escrow/cancel-escrow.use-case';

/** `orders.cancellation-requested` → escrow accepts (refunding what was paid) or refuses. */
@Injectable()
@HandlesEvent('orders.cancellation-requested')
export class EscrowOnCancellationRequested implements EventHandler<'orders.cancellation-requested'> {
  constructor(private readonly cancel: CancelEscrowUseCase) {}

  async handle(event: EventOf<'orders.cancellation-requested'>, ctx: HandlerContext): Promise<void> {
    await this.cancel.execute(ctx.manager, event);
  }
}
