import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactsUseCase } from '../application/record-order-facts/record-order-facts.use-case';

/** `escrow.inspection-started` → delivery and the end of the inspection window. */
@Injectable()
@HandlesEvent('escrow.inspection-started')
export class OrderFactsOnInspectionStarted implements EventHandler<'escrow.inspection-started'> {
  constructor(private readonly facts: RecordOrderFactsUseCase) {}

  async handle(event: EventOf<'escrow.inspection-started'>, ctx: HandlerContext): Promise<void> {
    await this.facts.execute(ctx.manager, event);
  }
}
