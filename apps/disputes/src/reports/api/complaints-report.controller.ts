import { Controller, Get, Headers, HttpStatus, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ProblemException, wantsCsv } from '@trustcircle/http';
import { OperatorAuth } from '@trustcircle/security';
import type { Response } from 'express';
import { ComplaintsReportQuery } from '../application/complaints-report/complaints-report.query';
import { complaintsReportCsv, complaintsReportFileName } from '../domain/complaints-report-csv';
import { reportPeriod } from '../domain/report-period';
import { ComplaintsReportQueryParams } from './dto/complaints-report.query-params';
import { ComplaintsReportResponse } from './dto/complaints-report.response';

/** The regulator's view of complaints (operators, viewer or above), as JSON or CSV. */
@ApiTags('reports')
@Controller('v1/reports/complaints')
export class ComplaintsReportController {
  constructor(private readonly report: ComplaintsReportQuery) {}

  @Get()
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'Complaints opened in a period: by reason, marketplace and outcome; median time to resolution; share resolved within deadline; vulnerable consumers',
    description:
      '`from` and `to` are calendar days in Asia/Ho_Chi_Minh, both included, at most 366 days. Each complaint is counted as it stands now. ' +
      'CSV (UTF-8 with BOM, RFC 4180, long format `section,key,metric,value`) with `?format=csv` or `Accept: text/csv`.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ComplaintsReportResponse })
  @ApiBadRequestResponse({ description: 'A missing or invalid `from`/`to`, `to` before `from`, or more than 366 days (the problem names the field).' })
  async get(
    @Query() q: ComplaintsReportQueryParams,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ComplaintsReportResponse | string> {
    const period = reportPeriod(q.from, q.to);
    if (!period.ok) {
      const { field, code, message } = period.refusal;
      throw new ProblemException({
        status: HttpStatus.BAD_REQUEST,
        type: 'validation-error',
        title: 'Your request is not valid',
        detail: `Invalid field: ${field} (${message}).`,
        field,
        errors: [{ field, code, message }],
      });
    }
    const report = await this.report.execute(period.period);
    if ((q.format ?? (wantsCsv(accept) ? 'csv' : 'json')) === 'json') return ComplaintsReportResponse.of(report);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${complaintsReportFileName(q.from, q.to)}"`);
    return complaintsReportCsv(report);
  }
}
