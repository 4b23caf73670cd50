import { IsIn, IsUUID, Matches } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { SHIPMENT_DIRECTIONS, TRACKING_NUMBER, type ShipmentDirection } from './delivery-vocabulary';

/**
 * `delivery.shipment-returned` v1: the courier brought the parcel back to its sender (status RETURNED): for an
 * OUTBOUND shipment, the goods are back with the seller after a failed or refused delivery, so escrow refunds.
 * Emitted once per shipment.
 */
export class ShipmentReturnedV1 {
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

  /** When it was back with the sender (ISO-8601 UTC). */
  @IsUtcTimestamp()
  returnedAt!: string;
}
