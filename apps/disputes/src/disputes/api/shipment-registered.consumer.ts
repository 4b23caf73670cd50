import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordOrderFactsUseCase } from '../application/record-order-facts/record-order-facts.use-case';

/** `delivery.shipment-registered` → the expected delivery (OUTBOUND shipments only). */
@Injectable()
@HandlesEvent('delivery.shipment-registered')
export class OrderFactsOnShipmentRegistered implements EventHandler<'delivery.shipment-registered'> {
  constructor(private readonly facts: RecordOrderFactsUseCase) {}

  async handle(event: EventOf<'delivery.shipment-registered'>, ctx: HandlerContext): Promise<void> {
    await this.facts.execute(ctx.manager, event);
  }
}
