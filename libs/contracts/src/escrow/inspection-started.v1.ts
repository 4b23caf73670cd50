import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';

/**
 * `escrow.inspection-started` v1: the outbound shipment was delivered, so the buyer's inspection window runs.
 * Money is released when it ends with no hold. A return shipment's delivery never starts one.
 */
export class InspectionStartedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The delivered outbound shipment (UUID, delivery-tracking's id). */
  @IsUUID()
  shipmentId!: string;

  /** When the courier delivered (ISO-8601 UTC): the window's start. */
  @IsUtcTimestamp()
  deliveredAt!: string;

  /** The window's length in days (0–30), from the order. */
  @IsInt() @Min(0) @Max(30)
  inspectionDays!: number;

  /** When the window ends (ISO-8601 UTC): the last moment to open a dispute. */
  @IsUtcTimestamp()
  endsAt!: string;
}
