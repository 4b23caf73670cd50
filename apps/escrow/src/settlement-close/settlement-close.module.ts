import { Module } from '@nestjs/common';
import { DocumentIssuingModule } from '../documents/document-issuing.module';
import { ReconciliationModule } from '../reconciliation/reconciliation.module';
import { CloseSettlementDaysUseCase } from './application/close-settlement-days/close-settlement-days.use-case';
import { ScheduledSettlementClose } from './application/close-settlement-days/scheduled-settlement-close.handler';
import { DueSettlementDaysReader } from './infrastructure/due-settlement-days.reader';

/**
 * Closing payment partners' business days: after each day (Asia/Ho_Chi_Minh) plus
 * PARTNER_SETTLEMENT_CLOSE_DELAY_MINUTES, every partner with activity that day gets one `partner_settlements` row,
 * `escrow.partner-settlement-closed` and its signed STATEMENT document, with the reconciliation report's totals.
 */
@Module({
  imports: [ReconciliationModule, DocumentIssuingModule],
  providers: [DueSettlementDaysReader, CloseSettlementDaysUseCase, ScheduledSettlementClose],
})
export class SettlementCloseModule {}
