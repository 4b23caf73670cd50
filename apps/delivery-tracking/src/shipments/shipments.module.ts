import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/tracking.module';
import { CopyOrderOnOrderPlaced } from './api/order-placed.consumer';
import { ShipmentsController } from './api/shipments.controller';
import { CopyOrderUseCase } from './application/copy-order/copy-order.use-case';
import { GetShipmentsQuery } from './application/get-shipments/get-shipments.query';
import { ListStuckShipmentsQuery } from './application/list-stuck-shipments/list-stuck-shipments.query';
import { RegisterShipmentUseCase } from './application/register-shipment/register-shipment.use-case';
import { ShipmentTimelineReader } from './application/shared/shipment-timeline.reader';

/**
 * Shipments: delivery tracking's copy of orders (from `orders.order-placed`), shipments registered by
 * marketplaces (outbound, or a return linked to it), and their timelines as the marketplace, the courier and
 * operators see them, stuck shipments included.
 */
@Module({
  imports: [TrackingModule],
  controllers: [ShipmentsController],
  providers: [CopyOrderUseCase, CopyOrderOnOrderPlaced, RegisterShipmentUseCase, GetShipmentsQuery, ListStuckShipmentsQuery, ShipmentTimelineReader],
})
export class ShipmentsModule {}
