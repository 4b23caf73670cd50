import { Injectable } from '@nestjs/common';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RouteEscrowEvent } from '../application/route-escrow-event/route-escrow-event';
import type { EarlyEventType } from '../application/shared/escrow-lookup';

/**
 * What other services tell or ask escrow about an order: delivery milestones (ship-by, inspection, refunds on
 * return), dispute requests and outcomes (holds, withdrawals, resolutions), cancellation requests. Escrow decides
 * and answers by event.
 */
@Injectable()
@HandlesEvent(
  'delivery.shipment-registered',
  'delivery.shipment-first-scanned',
  'delivery.shipment-delivered',
  'delivery.shipment-delivery-failed-finally',
  'delivery.shipment-returned',
  'delivery.shipment-lost',
  'disputes.hold-requested',
  'disputes.dispute-withdrawn',
  'disputes.dispute-resolved',
  'disputes.return-deadline-passed',
  'orders.cancellation-requested',
)
export class EscrowOnOrderEvents implements EventHandler<EarlyEventType> {
  constructor(private readonly route: RouteEscrowEvent) {}

  async handle(event: EventOfAny<EarlyEventType>, ctx: HandlerContext): Promise<void> {
    await this.route.apply(ctx.manager, event);
  }
}
