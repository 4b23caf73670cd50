import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import {
  SHIPMENT_DIRECTIONS,
  SHIPMENT_FLAG_REASONS,
  SHIPMENT_STATUSES,
  TRACKING_NUMBER,
  type ShipmentDirection,
  type ShipmentFlagReason,
  type ShipmentStatus,
} from './delivery-vocabulary';

/**
 * `delivery.shipment-status-changed` v1: a courier checkpoint was accepted into the shipment's timeline
 * (duplicates are absorbed, late ones inserted in place). `status` is the canonical status of the checkpoint;
 * `currentStatus` the shipment's status after applying it, which an older event never regresses.
 */
export class ShipmentStatusChangedV1 {
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

  /** The checkpoint's canonical status (unmapped courier codes: EXCEPTION). */
  @IsIn(SHIPMENT_STATUSES)
  status!: ShipmentStatus;

  /** The shipment's status after this checkpoint: equals `status` unless the checkpoint was late. */
  @IsIn(SHIPMENT_STATUSES)
  currentStatus!: ShipmentStatus;

  /** The shipment's status before it; null for the first checkpoint. */
  @IsNullable() @IsIn(SHIPMENT_STATUSES)
  previousStatus!: ShipmentStatus | null;

  /** The courier's own status code, as sent (e.g. GHN `delivering`, Viettel Post `501`). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  rawStatus!: string;

  /** When it happened at the courier (ISO-8601 UTC); the timeline is ordered by it. */
  @IsUtcTimestamp()
  occurredAt!: string;

  /** When delivery-tracking received it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  receivedAt!: string;

  /** True when it arrived after a later checkpoint (inserted in place, not applied as current). */
  @IsBoolean()
  late!: boolean;

  /** Where, as the courier wrote it (up to 300 characters); null if not given. */
  @IsNullable() @IsString() @MaxLength(300)
  location!: string | null;

  /** The courier's note or failure reason (up to 500 characters); null if none. */
  @IsNullable() @IsString() @MaxLength(500)
  note!: string | null;

  /** True when flagged for operators (a newer event contradicting a terminal status, an unmapped code). */
  @IsBoolean()
  flagged!: boolean;

  /** Why it was flagged; null unless flagged. */
  @IsRequiredWhen('flagged', [true]) @IsIn(SHIPMENT_FLAG_REASONS)
  flagReason!: ShipmentFlagReason | null;

  /** Cash collected on delivery, whole VND, when the courier reports it; null otherwise. */
  @IsNullable() @IsVndAmount()
  codAmount!: number | null;
}
