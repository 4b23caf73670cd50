import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BUSINESS_DATE } from '@trustcircle/contracts';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsBusinessDate } from './is-business-date';

/** The answer formats of the daily reconciliation. */
export const RECONCILIATION_FORMATS = ['json', 'csv'] as const;
export type ReconciliationFormat = (typeof RECONCILIATION_FORMATS)[number];

/** Query of `GET /v1/partners/{partnerId}/reconciliation`. */
export class ReconciliationQueryParams {
  @ApiProperty({ example: '2026-11-28', description: 'The business day, YYYY-MM-DD in Asia/Ho_Chi_Minh.' })
  @Matches(BUSINESS_DATE, { message: 'date must be a day written YYYY-MM-DD' })
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ enum: RECONCILIATION_FORMATS, description: 'csv, or json (default); `Accept: text/csv` also asks for CSV.' })
  @IsOptional()
  @IsIn(RECONCILIATION_FORMATS)
  format?: ReconciliationFormat;
}
