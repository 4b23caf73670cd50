import { ApiProperty } from '@nestjs/swagger';

/** The 30-day score as it stood at the end of one day. */
export class TrustTrendPointResponse {
  @ApiProperty({ format: 'date', example: '2026-11-28' })
  day!: string;

  @ApiProperty({
    nullable: true,
    type: 'integer',
    example: 91,
    description: 'The score of the 30-day window ending that day; null below the minimum sample.',
  })
  score30d!: number | null;
}
