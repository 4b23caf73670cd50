import { Module } from '@nestjs/common';
import { ComplaintsReportController } from './api/complaints-report.controller';
import { ComplaintsReportQuery } from './application/complaints-report/complaints-report.query';

/** Reports: the regulator's view of complaints (`GET /v1/reports/complaints`, JSON or CSV). */
@Module({
  controllers: [ComplaintsReportController],
  providers: [ComplaintsReportQuery],
})
export class ReportsModule {}
