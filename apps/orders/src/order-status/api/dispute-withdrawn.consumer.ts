import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactUseCase } from '../application/record-order-fact/record-order-fact.use-case';
import { orderFactOf } from '../domain/order-fact-of-event';

/** `disputes.dispute-withdrawn` → a fact in the order's timeline (and its status, if it changes it). */
@Injectable()
@HandlesEvent('disputes.dispute-withdrawn')
export class RecordFactOnDisputeWithdrawn implements EventHandler<'disputes.dispute-withdrawn'> {
  constructor(private readonly recordFact: RecordOrderFactUseCase) {}

  async handle(event: EventOf<'disputes.dispute-withdrawn'>, ctx: HandlerContext): Promise<void> {
    const fact = orderFactOf(event);
    if (fact) await this.recordFact.execute(ctx.manager, fact);
  }
}
