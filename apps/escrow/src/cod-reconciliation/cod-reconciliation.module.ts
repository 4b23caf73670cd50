import { Module } from '@nestjs/common';
import { CodReconciliationController } from './api/cod-reconciliation.controller';
import { CodReconciliationReportQuery } from './application/cod-reconciliation-report/cod-reconciliation-report.query';
import { CodRemittanceMetrics } from './application/overdue-check/cod-remittance.metrics';
import { FlagOverdueCodCashUseCase } from './application/overdue-check/flag-overdue-cod-cash.use-case';
import { ScheduledCodRemittanceCheck } from './application/overdue-check/scheduled-cod-remittance-check.handler';
import { CodReconciliationReader } from './infrastructure/cod-reconciliation.reader';

/**
 * COD reconciliation and overdue cash: a courier's three-way reconciliation of a business day
 * (`GET /v1/couriers/{courierId}/cod-reconciliation`, JSON or CSV), the gauge of its oldest unremitted cash
 * (`tc_cod_oldest_unremitted_seconds`), and the check that alerts operators once per parcel whose cash is still
 * unremitted COD_REMITTANCE_ALERT_DAYS after delivery (every COD_REMITTANCE_CHECK_INTERVAL_MS, one replica).
 * Reads the COD parcels and remittances that the COD feature writes; writes only `overdue_alerted_at`.
 */
@Module({
  controllers: [CodReconciliationController],
  providers: [CodReconciliationReader, CodReconciliationReportQuery, FlagOverdueCodCashUseCase, ScheduledCodRemittanceCheck, CodRemittanceMetrics],
})
export class CodReconciliationModule {}
