import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsController } from './api/payments.controller';
import { RecordPaymentUseCase } from './application/record-payment/record-payment.use-case';

/** Funding: payments reported by payment partners fund escrows (the payment partner edge). */
@Module({ imports: [LedgerModule], controllers: [PaymentsController], providers: [RecordPaymentUseCase] })
export class FundingModule {}
