import { IsIn, IsUUID, Matches } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { SHIPMENT_DIRECTIONS, TRACKING_NUMBER, type ShipmentDirection } from './delivery-vocabulary';

/**
 * `delivery.shipment-registered` v1: the marketplace registered a shipment for the order: the outbound parcel,
 * or a return linked to it. Registering is not shipping: the ship-by deadline is met by the first scan.
 */
export class ShipmentRegisteredV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The shipment's id (UUID, delivery-tracking's). */
  @IsUUID()
  shipmentId!: string;

  /** The courier (partner id) carrying it; only it may report on it. */
  @IsUUID()
  courierId!: string;

  /** The courier's tracking number. */
  @Matches(TRACKING_NUMBER)
  trackingNumber!: string;

  /** OUTBOUND or RETURN. */
  @IsIn(SHIPMENT_DIRECTIONS)
  direction!: ShipmentDirection;

  /** The marketplace (partner id) that registered it. */
  @IsUUID()
  marketplaceId!: string;

  /** For a RETURN: the outbound shipment (UUID) it returns; null for OUTBOUND. */
  @IsRequiredWhen('direction', ['RETURN']) @IsUUID()
  returnOfShipmentId!: string | null;

  /** The expected delivery time the marketplace gave (ISO-8601 UTC); null if none. */
  @IsNullable() @IsUtcTimestamp()
  expectedDeliveryAt!: string | null;

  /** When it was registered (ISO-8601 UTC). */
  @IsUtcTimestamp()
  registeredAt!: string;
}
