import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.cod-remitted` v1: one line of a courier's COD remittance funded this order's escrow. The batch is
 * idempotent by `remittanceId`; `escrow.escrow-funded` (source COD_REMITTANCE) follows when the total is held.
 */
export class CodRemittedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The courier (partner id) that remitted. */
  @IsUUID()
  courierId!: string;

  /** The courier's remittance batch id (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  remittanceId!: string;

  /** The courier's tracking number of the line (external, 1–64 characters). */
  @IsString() @IsNotEmpty() @MaxLength(64)
  trackingNumber!: string;

  /** Remitted for this order, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** The bank transfer's reference (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  bankReference!: string;

  /** When the cash was collected at the door (ISO-8601 UTC), for the remittance age; null if unknown. */
  @IsNullable() @IsUtcTimestamp()
  collectedAt!: string | null;

  /** When the courier transferred the batch (ISO-8601 UTC). */
  @IsUtcTimestamp()
  transferredAt!: string;

  /** When escrow recorded the line (ISO-8601 UTC). */
  @IsUtcTimestamp()
  remittedAt!: string;
}
