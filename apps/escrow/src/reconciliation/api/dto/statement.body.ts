import { ApiProperty } from '@nestjs/swagger';
import { BUSINESS_DATE, IsNestedArray } from '@trustcircle/contracts';
import { Matches } from 'class-validator';
import { IsBusinessDate } from './is-business-date';
import { StatementLineBody } from './statement-line.body';

/** The most lines one statement may carry. */
export const MAX_STATEMENT_LINES = 100_000;

/** Body of `POST /v1/partners/{partnerId}/statements`: your statement of a business day. */
export class StatementBody {
  @ApiProperty({ example: '2026-11-28', description: 'The business day, YYYY-MM-DD in Asia/Ho_Chi_Minh.' })
  @Matches(BUSINESS_DATE, { message: 'date must be a day written YYYY-MM-DD' })
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ type: [StatementLineBody], maxItems: MAX_STATEMENT_LINES, description: 'Every line of the day on your side (may be empty).' })
  @IsNestedArray(() => StatementLineBody, 0, MAX_STATEMENT_LINES)
  lines!: StatementLineBody[];
}
