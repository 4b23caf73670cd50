import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.escrow-paid-out` v1: the payment partner settled the seller's payout instruction; the escrow is
 * closed as PAID_OUT.
 */
export class EscrowPaidOutV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The settled payout instruction (UUID). */
  @IsUUID()
  instructionId!: string;

  /** The payment partner (partner id) that paid. */
  @IsUUID()
  partnerId!: string;

  /** Paid to the seller, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** The partner's reference for the transfer (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  partnerReference!: string;

  /** When the partner settled it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  paidOutAt!: string;
}
