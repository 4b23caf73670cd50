import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { CURRENCIES, type Currency, IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.payment-parked` v1: a payment arrived for an order escrow does not know yet (the payment beat the
 * order event). It is parked and matched when the order arrives, or refunded after the parking time. Not yet
 * about a known order, so it is keyed by its own payment id.
 */
export class PaymentParkedV1 {
  /** Escrow's id (UUID) for this payment. The Kafka key. */
  @IsUUID()
  paymentId!: string;

  /** The payment partner (partner id) that reported it. */
  @IsUUID()
  partnerId!: string;

  /** The partner's own transaction id (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  partnerTxnId!: string;

  /** The order id the partner gave (UUID, not known to escrow yet), or null when it gave a payment reference. */
  @IsNullable() @IsUUID()
  claimedOrderId!: string | null;

  /** The payment reference the partner gave, or null when it gave an order id. */
  @IsNullable() @IsString() @IsNotEmpty() @MaxLength(40)
  paymentReference!: string | null;

  /** The payment, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** Currency; VND only. */
  @IsIn(CURRENCIES)
  currency!: Currency;

  /** When the buyer paid, per the partner (ISO-8601 UTC). */
  @IsUtcTimestamp()
  paidAt!: string;

  /** When escrow parked it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  parkedAt!: string;

  /** When it is refunded and operators alerted if still unmatched (ISO-8601 UTC). */
  @IsUtcTimestamp()
  matchDeadline!: string;
}
