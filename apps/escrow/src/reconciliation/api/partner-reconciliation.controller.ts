import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Principal, wantsCsv } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth, PartnerDirectory } from '@trustcircle/security';
import type { Response } from 'express';
import { DailyReportQuery } from '../application/daily-report/daily-report.query';
import { reconciliationCsv, reconciliationCsvFileName } from '../domain/reconciliation-csv';
import { DailyReconciliationResponse } from './dto/daily-reconciliation.response';
import { ReconciliationQueryParams } from './dto/reconciliation.query-params';
import { partnerNotFound } from './reconciliation-problems';

/**
 * Escrow's side of a business day with a payment partner, for the partner's own reconciliation: the partner
 * with its API key (its own id only; another partner's id answers 404), or an operator (viewer or above).
 */
@ApiTags('payment-partners')
@Controller('v1/partners/:partnerId/reconciliation')
export class PartnerReconciliationController {
  constructor(
    private readonly dailyReport: DailyReportQuery,
    private readonly directory: PartnerDirectory,
  ) {}

  @Get()
  @ApiKeyAuth('payment-partner')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'Escrow’s daily totals and lines with you (JSON or CSV)',
    description:
      'Lines: payments received that day and instructions you settled that day (business day in Asia/Ho_Chi_Minh). ' +
      'CSV (RFC 4180, header row, whole-VND amounts) with `?format=csv` or `Accept: text/csv`.',
  })
  @ApiParam({ name: 'partnerId', format: 'uuid', description: 'Your payment partner id.' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: DailyReconciliationResponse })
  @ApiNotFoundResponse({ description: 'Not your partner id.' })
  async get(
    @Param('partnerId', new ParseUUIDPipe()) partnerId: string,
    @Query() q: ReconciliationQueryParams,
    @Headers('accept') accept: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DailyReconciliationResponse | string> {
    await this.assertMayRead(principal, partnerId);
    const report = await this.dailyReport.execute(partnerId, q.date);
    if ((q.format ?? (wantsCsv(accept) ? 'csv' : 'json')) === 'json') return DailyReconciliationResponse.of(report);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${reconciliationCsvFileName(partnerId, q.date)}"`);
    return reconciliationCsv(report.lines);
  }

  private async assertMayRead(principal: Principal, partnerId: string): Promise<void> {
    if (principal.kind === 'operator') {
      if ((await this.directory.get(partnerId))?.kind !== 'PAYMENT_PARTNER') throw partnerNotFound();
    } else if (principal.partnerId !== partnerId) {
      throw partnerNotFound();
    }
  }
}
