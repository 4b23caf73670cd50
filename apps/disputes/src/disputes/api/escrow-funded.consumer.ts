import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactsUseCase } from '../application/record-order-facts/record-order-facts.use-case';

/** `escrow.escrow-funded` → when the buyer paid (the filing window opens). */
@Injectable()
@HandlesEvent('escrow.escrow-funded')
export class OrderFactsOnEscrowFunded implements EventHandler<'escrow.escrow-funded'> {
  constructor(private readonly facts: RecordOrderFactsUseCase) {}

  async handle(event: EventOf<'escrow.escrow-funded'>, ctx: HandlerContext): Promise<void> {
    await this.facts.execute(ctx.manager, event);
  }
}
