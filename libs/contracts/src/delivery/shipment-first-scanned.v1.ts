import { IsIn, IsUUID, Matches } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { SHIPMENT_DIRECTIONS, SHIPMENT_STATUSES, TRACKING_NUMBER, type ShipmentDirection, type ShipmentStatus } from './delivery-vocabulary';

/**
 * `delivery.shipment-first-scanned` v1: the courier scanned the parcel for the first time (it has the goods).
 * This meets the ship-by deadline and ends the time an order can be cancelled. Emitted once per shipment.
 */
export class ShipmentFirstScannedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The shipment's id (UUID). */
  @IsUUID()
  shipmentId!: string;

  /** The courier (partner id). */
  @IsUUID()
  courierId!: string;

  /** The courier's tracking number. */
  @Matches(TRACKING_NUMBER)
  trackingNumber!: string;

  /** OUTBOUND or RETURN. */
  @IsIn(SHIPMENT_DIRECTIONS)
  direction!: ShipmentDirection;

  /** The canonical status of that first scan: PICKED_UP, or a later one if the courier skipped it. */
  @IsIn(SHIPMENT_STATUSES)
  status!: ShipmentStatus;

  /** When the courier scanned it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  scannedAt!: string;
}
