import { Injectable } from '@nestjs/common';
import type { EventOf } from '@trustcircle/contracts';
import { type EventHandler, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { TrackReturnUseCase } from '../application/track-return/track-return.use-case';

/** `delivery.shipment-first-scanned` (RETURN) → the return shipped in time. */
@Injectable()
@HandlesEvent('delivery.shipment-first-scanned')
export class DisputeOnReturnScanned implements EventHandler<'delivery.shipment-first-scanned'> {
  constructor(private readonly track: TrackReturnUseCase) {}

  handle(event: EventOf<'delivery.shipment-first-scanned'>, ctx: HandlerContext): Promise<void> {
    return this.track.execute(ctx.manager, event);
  }
}

/** `delivery.shipment-delivered` (RETURN) → the return reached the seller: the dispute is resolved. */
@Injectable()
@HandlesEvent('delivery.shipment-delivered')
export class DisputeOnReturnDelivered implements EventHandler<'delivery.shipment-delivered'> {
  constructor(private readonly track: TrackReturnUseCase) {}

  handle(event: EventOf<'delivery.shipment-delivered'>, ctx: HandlerContext): Promise<void> {
    return this.track.execute(ctx.manager, event);
  }
}
