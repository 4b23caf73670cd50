import { ApiProperty } from '@nestjs/swagger';

/**
 * The answer (202) to an event for a tracking number nobody registered yet: kept until `expiresAt` and applied
 * if the shipment is registered with you meanwhile.
 */
export class CourierEventParkedResponse {
  @ApiProperty({ enum: [true] })
  parked!: true;

  @ApiProperty({ format: 'date-time', description: 'When the event is dropped if no shipment has been registered with this tracking number.' })
  expiresAt!: string;
}
