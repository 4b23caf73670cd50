import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNestedObject } from '../common/composite-validators';
import { CURRENCIES, type Currency, IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { BeneficiaryV1 } from './beneficiary.v1';
import { REFUND_REASONS, type RefundReason } from './escrow-vocabulary';

/**
 * `escrow.refund-instruction-issued` v1: escrow instructs a payment partner to refund a buyer: against the
 * original payment (PREPAID), or to a payout destination the buyer gave (COD). Keyed by the order id; for a
 * parked payment that never matched an order, by the instruction id.
 */
export class RefundInstructionIssuedV1 {
  /** The instruction's id (UUID): the partner's idempotency key and the settlement's reference. */
  @IsUUID()
  instructionId!: string;

  /** Always `REFUND`. */
  @IsIn(['REFUND'])
  kind!: 'REFUND';

  /** The order's id (UUID), the Kafka key; null only for an unmatched parked payment (then keyed by instructionId). */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** The escrow's id (UUID); null only for an unmatched parked payment. */
  @IsNullable() @IsUUID()
  escrowId!: string | null;

  /** The marketplace (partner id) of the order; null only for an unmatched parked payment. */
  @IsNullable() @IsUUID()
  marketplaceId!: string | null;

  /** The payment partner (partner id) that must refund. */
  @IsUUID()
  partnerId!: string;

  /** To refund, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** Currency; VND only. */
  @IsIn(CURRENCIES)
  currency!: Currency;

  /** Why: CANCELLATION, SHIP_BY_MISSED, RETURN_DELIVERED, DISPUTE_OUTCOME, OVERPAYMENT, UNDERPAID_EXPIRED, UNMATCHED_PAYMENT, OPERATOR. */
  @IsIn(REFUND_REASONS)
  reason!: RefundReason;

  /** The partner's transaction id (external) of the payment refunded against; null for a COD buyer payout. */
  @IsNullable() @IsString() @IsNotEmpty() @MaxLength(100)
  originalPartnerTxnId!: string | null;

  /** The buyer: ORIGINAL_PAYMENT, or a masked bank account or e-wallet for COD. */
  @IsNestedObject(() => BeneficiaryV1)
  beneficiary!: BeneficiaryV1;

  /** When escrow issued it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  issuedAt!: string;
}
