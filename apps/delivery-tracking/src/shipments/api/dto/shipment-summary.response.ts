import { ApiProperty } from '@nestjs/swagger';
import { SHIPMENT_DIRECTIONS, SHIPMENT_STATUSES, type ShipmentDirection, type ShipmentStatus } from '@trustcircle/contracts';
import type { ShipmentRecord } from '../../infrastructure/shipment.orm-entity';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** A shipment and its timeline's summary. */
export class ShipmentSummaryResponse {
  @ApiProperty({ format: 'uuid' }) shipmentId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid' }) marketplaceId!: string;
  @ApiProperty({ format: 'uuid' }) courierId!: string;
  @ApiProperty() trackingNumber!: string;
  @ApiProperty({ enum: SHIPMENT_DIRECTIONS }) direction!: ShipmentDirection;
  @ApiProperty({ nullable: true, format: 'uuid', type: String, description: 'For a RETURN: the outbound shipment it returns.' }) returnOfShipmentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) expectedDeliveryAt!: string | null;
  @ApiProperty({ nullable: true, enum: SHIPMENT_STATUSES, description: 'The latest checkpoint’s status by when it happened; null before the first.' }) status!: ShipmentStatus | null;
  @ApiProperty({ nullable: true, type: String }) statusOccurredAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) firstScannedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty() failedAttempts!: number;
  @ApiProperty({ nullable: true, type: String }) failedFinallyAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lostAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the courier’s latest event arrived.' }) lastEventAt!: string | null;
  @ApiProperty() registeredAt!: string;

  static of(s: ShipmentRecord): ShipmentSummaryResponse {
    return {
      shipmentId: s.id,
      orderId: s.orderId,
      marketplaceId: s.marketplaceId,
      courierId: s.courierId,
      trackingNumber: s.trackingNumber,
      direction: s.direction,
      returnOfShipmentId: s.returnOfShipmentId,
      expectedDeliveryAt: iso(s.expectedDeliveryAt),
      status: s.status,
      statusOccurredAt: iso(s.statusOccurredAt),
      firstScannedAt: iso(s.firstScannedAt),
      deliveredAt: iso(s.deliveredAt),
      failedAttempts: s.failedAttempts,
      failedFinallyAt: iso(s.failedFinallyAt),
      returnedAt: iso(s.returnedAt),
      lostAt: iso(s.lostAt),
      lastEventAt: iso(s.lastEventAt),
      registeredAt: s.registeredAt.toISOString(),
    };
  }
}
