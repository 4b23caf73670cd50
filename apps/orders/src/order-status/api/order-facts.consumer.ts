import { Injectable } from '@nestjs/common';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactUseCase } from '../application/record-order-fact/record-order-fact.use-case';
import { ORDER_FACT_EVENT_TYPES, type OrderFactEventType, orderFactOf } from '../domain/order-fact-of-event';

/**
 * Every escrow, delivery-tracking and disputes event orders consumes → one fact in the order's timeline (and its
 * status, when the fact changes it).
 */
@Injectable()
@HandlesEvent(...ORDER_FACT_EVENT_TYPES)
export class RecordOrderFacts implements EventHandler<OrderFactEventType> {
  constructor(private readonly recordFact: RecordOrderFactUseCase) {}

  async handle(event: EventOfAny<OrderFactEventType>, ctx: HandlerContext): Promise<void> {
    const fact = orderFactOf(event);
    if (fact) await this.recordFact.execute(ctx.manager, fact);
  }
}
