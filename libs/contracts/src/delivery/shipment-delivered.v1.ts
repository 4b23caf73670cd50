import { IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { SHIPMENT_DIRECTIONS, TRACKING_NUMBER, type ShipmentDirection } from './delivery-vocabulary';

/**
 * `delivery.shipment-delivered` v1: the courier delivered the parcel. OUTBOUND: to the buyer, which starts the
 * inspection window (COD: with the cash collected). RETURN: back to the seller, which lets a refund proceed;
 * it never starts an inspection window. Emitted once per shipment.
 */
export class ShipmentDeliveredV1 {
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

  /** When it was delivered (ISO-8601 UTC). */
  @IsUtcTimestamp()
  deliveredAt!: string;

  /** Cash the courier collected at the door, whole VND; null when none was reported (PREPAID, or RETURN). */
  @IsNullable() @IsVndAmount()
  codAmount!: number | null;

  /** Where, as the courier wrote it (up to 300 characters); null if not given. */
  @IsNullable() @IsString() @MaxLength(300)
  location!: string | null;
}
