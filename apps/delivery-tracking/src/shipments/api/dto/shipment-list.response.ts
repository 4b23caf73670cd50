import { ApiProperty } from '@nestjs/swagger';
import { ShipmentResponse } from './shipment.response';

/** `GET /v1/shipments?orderId=`: the order's shipments (outbound and returns, oldest first) with their timelines. */
export class ShipmentListResponse {
  @ApiProperty({ type: [ShipmentResponse] }) items!: ShipmentResponse[];
}
