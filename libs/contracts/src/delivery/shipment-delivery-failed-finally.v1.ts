import { IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { SHIPMENT_DIRECTIONS, TRACKING_NUMBER, type ShipmentDirection } from './delivery-vocabulary';

/**
 * `delivery.shipment-delivery-failed-finally` v1: delivery failed for good after the configured number of
 * attempts; the parcel will go back to the seller. No money moves until `delivery.shipment-returned`.
 */
export class ShipmentDeliveryFailedFinallyV1 {
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

  /** Failed attempts counted, at least 1. */
  @IsInt() @Min(1) @Max(100)
  attempts!: number;

  /** When the last attempt failed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  lastAttemptAt!: string;

  /** The courier's reason for the last failure (up to 500 characters); null if none. */
  @IsNullable() @IsString() @MaxLength(500)
  lastReason!: string | null;
}
