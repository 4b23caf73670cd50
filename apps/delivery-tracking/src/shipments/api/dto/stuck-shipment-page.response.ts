import { ApiProperty } from '@nestjs/swagger';
import type { StuckShipment } from '../../application/list-stuck-shipments/list-stuck-shipments.query';
import type { StuckReason } from '../../domain/stuck-shipment';
import { ShipmentSummaryResponse } from './shipment-summary.response';

/** A stuck shipment: since when its courier is silent and why it is listed. */
export class StuckShipmentResponse extends ShipmentSummaryResponse {
  @ApiProperty({ description: 'The courier’s last event’s arrival, or the registration if none yet.' }) silentSince!: string;
  @ApiProperty({ enum: ['SILENT', 'OVERDUE'], isArray: true, description: 'SILENT: no event for STUCK_AFTER_HOURS; OVERDUE: past expectedDeliveryAt.' }) reasons!: StuckReason[];

  static ofStuck(s: StuckShipment): StuckShipmentResponse {
    return { ...ShipmentSummaryResponse.of(s.shipment), silentSince: s.silentSince.toISOString(), reasons: s.reasons };
  }
}

/** `GET /v1/shipments?stuck=true`: a page, longest silent first. */
export class StuckShipmentPageResponse {
  @ApiProperty({ type: [StuckShipmentResponse] }) items!: StuckShipmentResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last.' }) nextCursor!: string | null;
}
