import { ApiProperty } from '@nestjs/swagger';

/** The configured thresholds of the safe-delivery label. */
export class SafeDeliveryThresholdsResponse {
  @ApiProperty({ example: 95, description: 'On time, at least this %.' })
  onTimePct!: number;

  @ApiProperty({
    example: 5,
    description: 'Failed attempts, at most this % of attempts.',
  })
  failedAttemptPct!: number;

  @ApiProperty({
    example: 1,
    description: 'Exceptions, at most this % of shipments.',
  })
  exceptionPct!: number;

  @ApiProperty({
    example: 2,
    description: 'Median COD remittance age, at most this many days.',
  })
  codRemittanceDays!: number;
}
