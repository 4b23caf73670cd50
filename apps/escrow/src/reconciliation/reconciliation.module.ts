import { Module } from '@nestjs/common';
import { PartnerReconciliationController } from './api/partner-reconciliation.controller';
import { PartnerStatementsController } from './api/partner-statements.controller';
import { DailyReportQuery } from './application/daily-report/daily-report.query';
import { ReconcileStatementUseCase } from './application/reconcile-statement/reconcile-statement.use-case';
import { OurDayLinesReader } from './infrastructure/our-day-lines.reader';

/**
 * Reconciliation with payment partners: escrow's daily lines (JSON / CSV) and partners' statements compared with them.
 * Exports the day's lines reader, so the settlement close computes a day's totals exactly as the daily report does.
 */
@Module({
  controllers: [PartnerReconciliationController, PartnerStatementsController],
  providers: [OurDayLinesReader, DailyReportQuery, ReconcileStatementUseCase],
  exports: [OurDayLinesReader],
})
export class ReconciliationModule {}
