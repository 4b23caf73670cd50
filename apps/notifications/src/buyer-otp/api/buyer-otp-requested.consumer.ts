import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { SendBuyerOtpUseCase } from '../application/send-buyer-otp/send-buyer-otp.use-case';

/** `orders.buyer-otp-requested` → the buyer's one-time-code SMS, queued for the dispatcher in the consumer's transaction. */
@Injectable()
@HandlesEvent('orders.buyer-otp-requested')
export class SendBuyerOtpOnRequested implements EventHandler<'orders.buyer-otp-requested'> {
  constructor(private readonly send: SendBuyerOtpUseCase) {}

  async handle(event: EventOf<'orders.buyer-otp-requested'>, ctx: HandlerContext): Promise<void> {
    await this.send.execute(ctx.manager, event);
  }
}
