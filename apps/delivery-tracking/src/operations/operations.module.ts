import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/tracking.module';
import { ScheduledParkedPurge } from './application/purge-parked-events/scheduled-parked-purge.handler';
import { SilentShipmentMetrics } from './application/silent-shipments/silent-shipments.metrics';

/**
 * Delivery tracking's operations: the oldest-silent-shipment gauge per courier (the courier event counters are
 * tracking's `CourierEventMetrics`), and the hourly purge of expired parked courier events (one replica).
 */
@Module({
  imports: [TrackingModule],
  providers: [SilentShipmentMetrics, ScheduledParkedPurge],
})
export class OperationsModule {}
