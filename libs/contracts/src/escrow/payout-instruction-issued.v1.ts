import { IsIn, IsUUID } from 'class-validator';
import { IsNestedObject } from '../common/composite-validators';
import { CURRENCIES, type Currency, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { BeneficiaryV1 } from './beneficiary.v1';

/**
 * `escrow.payout-instruction-issued` v1: escrow instructs a payment partner to pay a seller what was released.
 * Notifications delivers it to the partner as a webhook; the partner may also pull it, with the full account
 * details, from `GET /v1/partners/{partnerId}/instructions`, and confirms it with a settlement.
 */
export class PayoutInstructionIssuedV1 {
  /** The instruction's id (UUID): the partner's idempotency key and the settlement's reference. */
  @IsUUID()
  instructionId!: string;

  /** Always `PAYOUT`. */
  @IsIn(['PAYOUT'])
  kind!: 'PAYOUT';

  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The marketplace (partner id) of the order. */
  @IsUUID()
  marketplaceId!: string;

  /** The payment partner (partner id) that must pay. */
  @IsUUID()
  partnerId!: string;

  /** To pay, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** Currency; VND only. */
  @IsIn(CURRENCIES)
  currency!: Currency;

  /** The seller's payout account, structured and masked. */
  @IsNestedObject(() => BeneficiaryV1)
  beneficiary!: BeneficiaryV1;

  /** When escrow issued it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  issuedAt!: string;
}
