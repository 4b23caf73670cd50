import { IsIn, IsUUID, Matches } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { SHIPMENT_DIRECTIONS, TRACKING_NUMBER, type ShipmentDirection } from './delivery-vocabulary';

/**
 * `delivery.shipment-lost` v1: the courier reported the parcel lost. No money moves automatically: escrow raises
 * it to operators. Emitted once per shipment.
 */
export class ShipmentLostV1 {
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

  /** When the courier declared it lost (ISO-8601 UTC). */
  @IsUtcTimestamp()
  lostAt!: string;
}
