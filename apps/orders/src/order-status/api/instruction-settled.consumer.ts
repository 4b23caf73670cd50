import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactUseCase } from '../application/record-order-fact/record-order-fact.use-case';
import { orderFactOf } from '../domain/order-fact-of-event';

/** `escrow.instruction-settled` → a fact in the order's timeline (and its status, if it changes it). */
@Injectable()
@HandlesEvent('escrow.instruction-settled')
export class RecordFactOnInstructionSettled implements EventHandler<'escrow.instruction-settled'> {
  constructor(private readonly recordFact: RecordOrderFactUseCase) {}

  async handle(event: EventOf<'escrow.instruction-settled'>, ctx: HandlerContext): Promise<void> {
    const fact = orderFactOf(event);
    if (fact) await this.recordFact.execute(ctx.manager, fact);
  }
}
