import { Module } from '@nestjs/common';
import { TrackingModule } from '../tracking/tracking.module';
import { CourierEventsController } from './api/courier-events.controller';
import { RecordCourierEventFromIntake } from './api/courier-intake.consumer';
import { DescribeCheckpointQuery } from './application/describe-checkpoint/describe-checkpoint.query';
import { RecordCourierEventsBatchUseCase } from './application/record-courier-events-batch/record-courier-events-batch.use-case';

/**
 * The courier edge in the generic format: signed webhooks (one event, or batches of up to 500) and the Kafka
 * courier intake topic, all into `RecordCourierEventUseCase`.
 */
@Module({
  imports: [TrackingModule],
  controllers: [CourierEventsController],
  providers: [RecordCourierEventsBatchUseCase, DescribeCheckpointQuery, RecordCourierEventFromIntake],
})
export class CouriersModule {}
