import { Module } from '@nestjs/common';
import { DocumentIssuingModule } from '../documents/document-issuing.module';
import { EscrowCoreModule } from '../escrow/escrow-core.module';
import { CodRemittancesController } from './api/cod-remittances.controller';
import { CodLineTargetsFinder } from './application/record-remittance/cod-line-targets';
import { CodRemittanceStore } from './application/record-remittance/cod-remittance-store';
import { FundCodLine } from './application/record-remittance/fund-cod-line';
import { RecordCodRemittanceUseCase } from './application/record-remittance/record-cod-remittance.use-case';
import { LateCodCash } from './application/shared/late-cod-cash';

/**
 * Cash on delivery: couriers' remittance batches fund COD escrows (the courier edge), line by line, through the
 * payment partner that holds the courier's collection account. The COD parcel of each escrow (what should be
 * collected, what was, what was remitted) is kept by the lifecycle (`CodParcels`, in `EscrowCoreModule`).
 */
@Module({
  imports: [EscrowCoreModule, DocumentIssuingModule],
  controllers: [CodRemittancesController],
  providers: [RecordCodRemittanceUseCase, CodRemittanceStore, CodLineTargetsFinder, FundCodLine, LateCodCash],
})
export class CodModule {}
