import { ApiProperty } from '@nestjs/swagger';
import { TrustPartsResponse } from './trust-parts.response';

/** A rolling window of Vietnam days, today included. */
export class TrustWindowResponse {
  @ApiProperty({ enum: [30, 90], example: 30 })
  days!: 30 | 90;

  @ApiProperty({
    format: 'date',
    example: '2026-10-31',
    description: 'First day (Asia/Ho_Chi_Minh).',
  })
  from!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-29',
    description: 'Last day, today (Asia/Ho_Chi_Minh).',
  })
  to!: string;

  @ApiProperty({
    nullable: true,
    type: 'integer',
    minimum: 0,
    maximum: 100,
    example: 92,
    description: 'Score 0–100; null below COURIER_TRUST_MIN_DELIVERED deliveries.',
  })
  score!: number | null;

  @ApiProperty({ type: TrustPartsResponse })
  parts!: TrustPartsResponse;
}
