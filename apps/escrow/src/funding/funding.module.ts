import { Module } from '@nestjs/common';
import { DocumentIssuingModule } from '../documents/document-issuing.module';
import { EscrowCoreModule } from '../escrow/escrow-core.module';
import { PaymentsController } from './api/payments.controller';
import { ApplyPayment } from './application/apply-payment/apply-payment';
import { ParkedPaymentExpiryHandler } from './application/expire-parked-payment/parked-payment-expiry.handler';
import { MatchParkedPaymentsUseCase } from './application/match-parked-payments/match-parked-payments.use-case';
import { ParkPayment } from './application/park-payment/park-payment';
import { RecordPaymentUseCase } from './application/record-payment/record-payment.use-case';

/**
 * Funding: payments reported by payment partners fund escrows (the payment partner edge). A payment for an order
 * not known yet is parked, matched when the order's escrow opens (`MatchParkedPaymentsUseCase`, for
 * `OpenEscrowUseCase`) or refunded when its match deadline passes.
 */
@Module({
  imports: [EscrowCoreModule, DocumentIssuingModule],
  controllers: [PaymentsController],
  providers: [ApplyPayment, ParkPayment, RecordPaymentUseCase, MatchParkedPaymentsUseCase, ParkedPaymentExpiryHandler],
  exports: [MatchParkedPaymentsUseCase],
})
export class FundingModule {}
