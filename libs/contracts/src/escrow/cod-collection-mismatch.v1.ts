import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.cod-collection-mismatch` v1: the cash a courier says it collected at delivery differs from the COD
 * order's total. The escrow is flagged for operators (the inspection window still starts at delivery).
 */
export class CodCollectionMismatchV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The courier (partner id). */
  @IsUUID()
  courierId!: string;

  /** The delivered shipment (UUID, delivery-tracking's id). */
  @IsUUID()
  shipmentId!: string;

  /** The courier's tracking number (external, 1–64 characters). */
  @IsString() @IsNotEmpty() @MaxLength(64)
  trackingNumber!: string;

  /** What should have been collected: the order total, whole VND. */
  @IsVndAmount()
  expectedAmount!: number;

  /** What the courier reports collecting, whole VND. */
  @IsVndAmount()
  collectedAmount!: number;

  /** When escrow saw the mismatch (ISO-8601 UTC). */
  @IsUtcTimestamp()
  detectedAt!: string;
}
