import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.escrow-expired` v1: a PREPAID escrow was not fully funded by its deadline. Whatever was paid is
 * refunded by instruction; the order is over.
 */
export class EscrowExpiredV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** Paid before expiry and now refunded, whole VND; 0 if nothing was paid. */
  @IsVndAmount()
  paidAmount!: number;

  /** The deadline that passed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  fundingDeadline!: string;

  /** When escrow expired it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  expiredAt!: string;
}
