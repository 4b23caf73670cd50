import { Module } from '@nestjs/common';
import { RecordCodRemittanceOnCodRemitted } from './api/cod-remitted.consumer';
import { CourierTrustController } from './api/courier-trust.controller';
import { GetCourierTrustQuery } from './application/get-courier-trust/get-courier-trust.query';
import { RecordCheckpointTrustUseCase } from './application/record-checkpoint-trust/record-checkpoint-trust.use-case';
import { RecordCodRemittanceUseCase } from './application/record-cod-remittance/record-cod-remittance.use-case';

/**
 * Courier trust: daily buckets kept from every accepted courier event (tracking calls `RecordCheckpointTrustUseCase`
 * in its transaction) and from `escrow.cod-remitted`, the public score of each courier over rolling 30 and 90
 * days, and the safe-delivery label.
 */
@Module({
  controllers: [CourierTrustController],
  providers: [RecordCheckpointTrustUseCase, RecordCodRemittanceUseCase, RecordCodRemittanceOnCodRemitted, GetCourierTrustQuery],
  exports: [RecordCheckpointTrustUseCase],
})
export class TrustModule {}
