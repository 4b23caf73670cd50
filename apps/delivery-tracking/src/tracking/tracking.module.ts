import { Module } from '@nestjs/common';
import { CourierEventMetrics } from './application/record-courier-event/courier-event.metrics';
import { RecordCourierEventUseCase } from './application/record-courier-event/record-courier-event.use-case';
import { ShipmentEvents } from './application/record-courier-event/shipment-events';
import { TrustModule } from '../trust/trust.module';
import { ReplayParkedEventsUseCase } from './application/replay-parked-events/replay-parked-events.use-case';

/**
 * Tracking: courier events (generic, batch, Kafka, GHN, Viettel Post) into shipments' timelines in one status
 * vocabulary, with the milestones escrow and orders act on; each accepted event also feeds its courier's trust (TrustModule).
 */
@Module({
  imports: [TrustModule],
  providers: [RecordCourierEventUseCase, ShipmentEvents, ReplayParkedEventsUseCase, CourierEventMetrics],
  exports: [RecordCourierEventUseCase, ReplayParkedEventsUseCase],
})
export class TrackingModule {}
