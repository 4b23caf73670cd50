import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BUSINESS_DATE } from '@trustcircle/contracts';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsBusinessDate } from '../../../reconciliation/api/dto/is-business-date';
import { RECONCILIATION_FORMATS, type ReconciliationFormat } from '../../../reconciliation/api/dto/reconciliation.query-params';

/** Query of `GET /v1/couriers/{courierId}/cod-reconciliation`. */
export class CodReconciliationQueryParams {
  @ApiProperty({ example: '2026-11-28', description: 'The business day, YYYY-MM-DD in Asia/Ho_Chi_Minh.' })
  @Matches(BUSINESS_DATE, { message: 'date must be a day written YYYY-MM-DD' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ enum: RECONCILIATION_FORMATS, description: 'csv, or json (default); `Accept: text/csv` also asks for CSV.' })
  @IsOptional()
  @IsIn(RECONCILIATION_FORMATS)
  format?: ReconciliationFormat;
}
