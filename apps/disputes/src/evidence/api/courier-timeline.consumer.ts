import { Injectable } from '@nestjs/common';
import { type EventHandler, type EventOfAny, type HandlerContext, HandlesEvent } from '@trustcircle/messaging';
import { RecordCourierCheckpointUseCase } from '../application/record-courier-checkpoint/record-courier-checkpoint.use-case';
import type { CourierCheckpointEventType } from '../domain/courier-checkpoint';

/**
 * Delivery events carrying a courier checkpoint → the order's courier timeline (evidence the platform attaches
 * itself). Handling one of them subscribes disputes to `delivery.events.v1` (the consumer subscribes to the topics
 * of its handlers' event types).
 */
@Injectable()
@HandlesEvent(
  'delivery.shipment-status-changed',
  'delivery.shipment-first-scanned',
  'delivery.shipment-delivered',
  'delivery.shipment-delivery-failed-finally',
  'delivery.shipment-returned',
  'delivery.shipment-lost',
)
export class CourierTimelineOnDeliveryEvents implements EventHandler<CourierCheckpointEventType> {
  constructor(private readonly checkpoints: RecordCourierCheckpointUseCase) {}

  async handle(event: EventOfAny<CourierCheckpointEventType>, ctx: HandlerContext): Promise<void> {
    await this.checkpoints.execute(ctx.manager, event);
  }
}
