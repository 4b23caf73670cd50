import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { PAYMENT_METHODS, type PaymentMethod } from '../orders/order-placed.v1';
import { ESCROW_OPENING_STATES, type EscrowOpeningState } from './escrow-vocabulary';

/**
 * `escrow.escrow-opened` v1: escrow opened the order's escrow. A PREPAID order waits for funding (with an
 * unpaid expiry); a COD order waits for delivery and has none.
 */
export class EscrowOpenedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID); one escrow per order. */
  @IsUUID()
  escrowId!: string;

  /** The marketplace (partner id) that placed the order. */
  @IsUUID()
  marketplaceId!: string;

  /** AWAITING_FUNDING (PREPAID) or AWAITING_DELIVERY (COD). */
  @IsIn(ESCROW_OPENING_STATES)
  state!: EscrowOpeningState;

  /** PREPAID or COD, as on the order. */
  @IsIn(PAYMENT_METHODS)
  paymentMethod!: PaymentMethod;

  /** What the escrow expects to hold: the order total, whole VND. */
  @IsVndAmount()
  expectedAmount!: number;

  /** What the buyer quotes to the payment partner (from the order). */
  @IsString() @IsNotEmpty() @MaxLength(40)
  paymentReference!: string;

  /** When an unfunded PREPAID escrow expires (ISO-8601 UTC); null for COD. */
  @IsRequiredWhen('paymentMethod', ['PREPAID']) @IsUtcTimestamp()
  fundingDeadline!: string | null;

  /** When the escrow opened (ISO-8601 UTC). */
  @IsUtcTimestamp()
  openedAt!: string;
}
