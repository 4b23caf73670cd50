import { Injectable } from '@nestjs/common';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordShipmentFactUseCase } from '../application/record-shipment-fact/record-shipment-fact.use-case';

type DeliveryFact =
  | 'delivery.shipment-registered'
  | 'delivery.shipment-first-scanned'
  | 'delivery.shipment-delivered'
  | 'delivery.shipment-delivery-failed-finally'
  | 'delivery.shipment-returned'
  | 'delivery.shipment-lost';

/** The delivery milestones → the escrow's delivery-driven rules (ship-by, inspection, refunds on return). */
@Injectable()
@HandlesEvent(
  'delivery.shipment-registered',
  'delivery.shipment-first-scanned',
  'delivery.shipment-delivered',
  'delivery.shipment-delivery-failed-finally',
  'delivery.shipment-returned',
  'delivery.shipment-lost',
)
export class EscrowOnDeliveryFacts implements EventHandler<DeliveryFact> {
  constructor(private readonly recordFact: RecordShipmentFactUseCase) {}

  async handle(event: EventOfAny<DeliveryFact>, ctx: HandlerContext): Promise<void> {
    await this.recordFact.execute(ctx.manager, event);
  }
}
