import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactsUseCase } from '../application/record-order-facts/record-order-facts.use-case';

/** `escrow.inspection-ended` → the buyer's confirmation of receipt (RECEIPT_CONFIRMED only). */
@Injectable()
@HandlesEvent('escrow.inspection-ended')
export class OrderFactsOnInspectionEnded implements EventHandler<'escrow.inspection-ended'> {
  constructor(private readonly facts: RecordOrderFactsUseCase) {}

  async handle(event: EventOf<'escrow.inspection-ended'>, ctx: HandlerContext): Promise<void> {
    await this.facts.execute(ctx.manager, event);
  }
}
