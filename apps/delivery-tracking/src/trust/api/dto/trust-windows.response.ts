import { ApiProperty } from '@nestjs/swagger';
import { TrustWindowResponse } from './trust-window.response';

/** The two rolling windows. */
export class TrustWindowsResponse {
  @ApiProperty({
    type: TrustWindowResponse,
    description: 'The last 30 days, today included.',
  })
  '30d'!: TrustWindowResponse;

  @ApiProperty({
    type: TrustWindowResponse,
    description: 'The last 90 days, today included.',
  })
  '90d'!: TrustWindowResponse;
}
