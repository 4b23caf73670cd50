import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.parked-payment-expired` v1: a parked payment never matched an order in time. Escrow issued a refund
 * instruction against it and alerted operators. Keyed by the payment id.
 */
export class ParkedPaymentExpiredV1 {
  /** Escrow's id (UUID) for the payment. The Kafka key. */
  @IsUUID()
  paymentId!: string;

  /** The payment partner (partner id). */
  @IsUUID()
  partnerId!: string;

  /** The partner's own transaction id (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  partnerTxnId!: string;

  /** The amount refunded, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** The refund instruction (UUID) issued for it (`escrow.refund-instruction-issued`). */
  @IsUUID()
  refundInstructionId!: string;

  /** When the parking time ran out (ISO-8601 UTC). */
  @IsUtcTimestamp()
  expiredAt!: string;
}
