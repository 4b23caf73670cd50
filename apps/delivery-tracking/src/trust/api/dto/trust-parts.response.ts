import { ApiProperty } from '@nestjs/swagger';

/** The parts of a courier's window, computed from integer counts and rounded once to one decimal. */
export class TrustPartsResponse {
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 96.7,
    description: 'Deliveries on or before their expected date, % of deliveries; null with no delivery.',
  })
  onTimePct!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 3.2,
    description: 'Failed delivery attempts, % of attempts (failed attempts + deliveries); null with no attempt.',
  })
  failedAttemptPct!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.5,
    description: 'Shipments with an exception (EXCEPTION, LOST, RETURNED), % of shipments; null with no shipment.',
  })
  exceptionPct!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 12.5,
    description: 'Median minutes from the courier’s event time to its arrival at TrustCircle (exact, whole minutes per event); null with no event.',
  })
  eventLatencyMinutes!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 1.5,
    description: 'Median days from the cash collected at the door to the courier’s remittance; null with no remittance.',
  })
  codRemittanceDays!: number | null;

  @ApiProperty({
    type: 'integer',
    example: 240,
    description: 'Shipments the courier started reporting on in the window.',
  })
  shipments!: number;

  @ApiProperty({
    type: 'integer',
    example: 232,
    description: 'Shipments delivered in the window.',
  })
  delivered!: number;
}
