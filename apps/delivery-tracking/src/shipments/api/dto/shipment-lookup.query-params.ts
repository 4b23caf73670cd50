import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** Query of `GET /v1/shipments/{trackingNumber}`. */
export class ShipmentLookupQueryParams {
  @ApiPropertyOptional({ format: 'uuid', description: 'The courier, when several couriers’ shipments you may see carry the tracking number.' })
  @IsOptional() @IsUUID()
  courierId?: string;
}
