import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { CURRENCIES, type Currency, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { PAYMENT_MATCHES, type PaymentMatch } from './escrow-vocabulary';

/**
 * `escrow.payment-received` v1: a payment partner reported a payment for the order and escrow matched it (at
 * once, or later from the parked payments). Duplicates of a `partnerTxnId` never produce a second event.
 */
export class PaymentReceivedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** Escrow's id (UUID) for this payment. */
  @IsUUID()
  paymentId!: string;

  /** The payment partner (partner id) that reported it. */
  @IsUUID()
  partnerId!: string;

  /** The partner's own transaction id (external, 1–100 characters): unique per partner. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  partnerTxnId!: string;

  /** This payment, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** Currency; VND only. */
  @IsIn(CURRENCIES)
  currency!: Currency;

  /** What the escrow expects in total, whole VND. */
  @IsVndAmount()
  expectedAmount!: number;

  /** Everything paid for the order so far, this payment included, whole VND. */
  @IsVndAmount()
  totalPaid!: number;

  /** EXACT, UNDERPAID (waiting for a top-up) or OVERPAID (the excess is refunded). */
  @IsIn(PAYMENT_MATCHES)
  match!: PaymentMatch;

  /** What is still missing, whole VND; 0 unless UNDERPAID. */
  @IsVndAmount()
  shortfall!: number;

  /** What was paid beyond the expected amount and will be refunded, whole VND; 0 unless OVERPAID. */
  @IsVndAmount()
  excess!: number;

  /** True when the payment arrived before the order and was parked, then matched. */
  @IsBoolean()
  wasParked!: boolean;

  /** When the buyer paid, per the partner (ISO-8601 UTC). */
  @IsUtcTimestamp()
  paidAt!: string;

  /** When escrow recorded it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  receivedAt!: string;
}
