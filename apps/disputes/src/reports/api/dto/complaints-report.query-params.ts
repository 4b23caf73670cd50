import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, ValidateBy } from 'class-validator';
import { isCalendarDate } from '../../domain/report-period';

/** The answer formats of the complaints report. */
export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const IsCalendarDate = (): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: (args) => `${args?.property ?? 'date'} must be a real calendar day written YYYY-MM-DD`,
    },
  });

/** Query of `GET /v1/reports/complaints`. */
export class ComplaintsReportQueryParams {
  @ApiProperty({ example: '2026-11-01', description: 'First day (included), YYYY-MM-DD in Asia/Ho_Chi_Minh.' })
  @IsString()
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-11-30', description: 'Last day (included), YYYY-MM-DD in Asia/Ho_Chi_Minh; not before `from`, at most 366 days in all.' })
  @IsString()
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv, or json (default); `Accept: text/csv` also asks for CSV.' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}
