import { ApiProperty } from '@nestjs/swagger';
import { BUSINESS_TIME_ZONE } from '../../../reconciliation/domain/business-day';
import type { CodReconciliationReport } from '../../domain/cod-reconciliation-report';
import { CodParcelLineResponse } from './cod-parcel-line.response';
import { CodParcelTotalsResponse } from './cod-parcel-totals.response';
import { CodRemittanceDayResponse } from './cod-remittance-day.response';
import { CodStatusTotalsResponse } from './cod-status-totals.response';
import { CodUnremittedResponse } from './cod-unremitted.response';

/** `GET /v1/couriers/{courierId}/cod-reconciliation?date=`: a courier's three-way COD reconciliation of a business day. */
export class CodReconciliationResponse {
  @ApiProperty({ format: 'uuid' })
  courierId!: string;

  @ApiProperty({ example: '2026-11-28', description: 'The business day, Asia/Ho_Chi_Minh.' })
  businessDate!: string;

  @ApiProperty({ example: BUSINESS_TIME_ZONE })
  timeZone!: string;

  @ApiProperty({ example: '2026-11-27T17:00:00.000Z', description: 'Start of the day (inclusive, UTC).' })
  from!: string;

  @ApiProperty({ example: '2026-11-28T17:00:00.000Z', description: 'End of the day (exclusive, UTC).' })
  to!: string;

  @ApiProperty({ example: '2026-11-29T02:00:00.000Z', description: 'When the report was computed (UTC): remitted and outstanding amounts are as of then.' })
  generatedAt!: string;

  @ApiProperty({ type: CodParcelTotalsResponse, description: 'Sums over the day’s parcels.' })
  totals!: CodParcelTotalsResponse;

  @ApiProperty({ type: CodStatusTotalsResponse })
  byStatus!: CodStatusTotalsResponse;

  @ApiProperty({ type: [CodParcelLineResponse], description: 'The COD parcels you delivered that day, oldest delivery first.' })
  parcels!: CodParcelLineResponse[];

  @ApiProperty({ type: CodRemittanceDayResponse })
  remittances!: CodRemittanceDayResponse;

  @ApiProperty({ type: CodUnremittedResponse })
  unremitted!: CodUnremittedResponse;

  static of(r: CodReconciliationReport): CodReconciliationResponse {
    return {
      courierId: r.courierId,
      businessDate: r.day.date,
      timeZone: BUSINESS_TIME_ZONE,
      from: r.day.from.toISOString(),
      to: r.day.to.toISOString(),
      generatedAt: r.generatedAt.toISOString(),
      totals: CodParcelTotalsResponse.of(r.totals),
      byStatus: CodStatusTotalsResponse.of(r.byStatus),
      parcels: r.parcels.map((p) => CodParcelLineResponse.of(p)),
      remittances: CodRemittanceDayResponse.of(r.remittances),
      unremitted: CodUnremittedResponse.of(r.unremitted),
    };
  }
}
