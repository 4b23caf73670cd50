import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant, SHIPMENT_DIRECTIONS, type ShipmentDirection, TRACKING_NUMBER } from '@trustcircle/contracts';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

/** Body of `POST /v1/shipments` (marketplace API key). */
export class RegisterShipmentBody {
  @ApiProperty({ format: 'uuid', description: 'One of your orders.' })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ format: 'uuid', description: 'The courier’s partner id (an active courier); only it may report on the shipment.' })
  @IsUUID()
  courier!: string;

  @ApiProperty({ example: 'GHN-5FKQ9Z2M', pattern: TRACKING_NUMBER.source, description: 'The courier’s tracking number (unique per courier).' })
  @Matches(TRACKING_NUMBER, { message: 'trackingNumber must be 1–64 letters, digits, dashes or underscores' })
  trackingNumber!: string;

  @ApiProperty({ enum: SHIPMENT_DIRECTIONS, description: 'OUTBOUND (one active per order) or RETURN (linked to the order’s outbound shipment).' })
  @IsIn(SHIPMENT_DIRECTIONS)
  direction!: ShipmentDirection;

  @ApiPropertyOptional({ example: '2026-12-01T17:00:00+07:00', description: 'When the parcel should arrive (ISO-8601 with an offset); past it, the shipment is listed as stuck.' })
  @IsOptional() @IsInstant()
  expectedDeliveryAt?: string;
}
