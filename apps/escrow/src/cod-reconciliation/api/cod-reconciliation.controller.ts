import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Principal, wantsCsv } from '@trustcircle/http';
import { ApiKeyAuth, CurrentPrincipal, OperatorAuth, PartnerDirectory } from '@trustcircle/security';
import type { Response } from 'express';
import { CodReconciliationReportQuery } from '../application/cod-reconciliation-report/cod-reconciliation-report.query';
import { codReconciliationCsv, codReconciliationCsvFileName } from '../domain/cod-reconciliation-csv';
import { courierNotFound } from './cod-reconciliation-problems';
import { CodReconciliationQueryParams } from './dto/cod-reconciliation.query-params';
import { CodReconciliationResponse } from './dto/cod-reconciliation.response';

/**
 * A courier's three-way COD reconciliation of a business day: what should be collected (order totals), what it
 * says it collected (delivered events), what it remitted (funded remittance lines). The courier with its API key
 * (its own id only; another courier's id answers 404), or any operator.
 */
@ApiTags('couriers')
@Controller('v1/couriers/:courierId/cod-reconciliation')
export class CodReconciliationController {
  constructor(
    private readonly report: CodReconciliationReportQuery,
    private readonly directory: PartnerDirectory,
  ) {}

  @Get()
  @ApiKeyAuth('courier')
  @OperatorAuth('viewer')
  @ApiOperation({
    summary: 'Your COD parcels of a day, collected and remitted, and the cash you still owe by age (JSON or CSV)',
    description:
      'Parcels: the COD parcels you delivered that business day (Asia/Ho_Chi_Minh), each with expected (order total), collected ' +
      '(your delivered event), remitted (your funded remittance lines, any day), outstanding and a status (MATCHED, ' +
      'COLLECTION_MISMATCH, REMITTANCE_SHORT, UNREMITTED); totals per column and per status; the remittance batches received that ' +
      'day with their refused lines; and `unremitted`: every parcel of yours still owing cash now, any day, by age since delivery. ' +
      'CSV with `?format=csv` or `Accept: text/csv`: one row per parcel of the day (UTF-8 with BOM, RFC 4180, whole-VND amounts).',
  })
  @ApiParam({ name: 'courierId', format: 'uuid', description: 'Your courier id.' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: CodReconciliationResponse })
  @ApiBadRequestResponse({ description: 'A date that is not a real day written YYYY-MM-DD (problem naming `date`).' })
  @ApiNotFoundResponse({ description: 'Not your courier id.' })
  async get(
    @Param('courierId', new ParseUUIDPipe()) courierId: string,
    @Query() q: CodReconciliationQueryParams,
    @Headers('accept') accept: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CodReconciliationResponse | string> {
    await this.assertMayRead(principal, courierId);
    const report = await this.report.execute(courierId, q.date);
    if ((q.format ?? (wantsCsv(accept) ? 'csv' : 'json')) === 'json') return CodReconciliationResponse.of(report);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${codReconciliationCsvFileName(courierId, q.date)}"`);
    return codReconciliationCsv(report);
  }

  private async assertMayRead(principal: Principal, courierId: string): Promise<void> {
    if (principal.kind === 'operator') {
      if ((await this.directory.get(courierId))?.kind !== 'COURIER') throw courierNotFound();
    } else if (principal.partnerId !== courierId) {
      throw courierNotFound();
    }
  }
}
