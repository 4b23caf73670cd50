import { IsBoolean, IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { MERCHANT_ACTIONS, type MerchantAction } from './dispute-vocabulary';

/**
 * `disputes.merchant-responded` v1: the marketplace answered the complaint on the seller's behalf: ACCEPT
 * (refund as asked), REJECT (with evidence; the buyer may escalate) or OFFER_PARTIAL (an offer the buyer
 * answers, see `disputes.offer-made`).
 */
export class MerchantRespondedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** ACCEPT, REJECT or OFFER_PARTIAL. */
  @IsIn(MERCHANT_ACTIONS)
  action!: MerchantAction;

  /** The amount offered, whole VND; set only for OFFER_PARTIAL, otherwise null. */
  @IsRequiredWhen('action', ['OFFER_PARTIAL']) @IsVndAmount()
  amount!: number | null;

  /** Pieces of evidence attached (REJECT needs at least one), 0–50. */
  @IsInt() @Min(0) @Max(50)
  evidenceCount!: number;

  /** True when it came before the merchant's deadline (counts toward the trust score). */
  @IsBoolean()
  onTime!: boolean;

  /** The buyer's next deadline (escalate after a REJECT, answer an offer) (ISO-8601 UTC); null after ACCEPT. */
  @IsNullable() @IsUtcTimestamp()
  buyerDueAt!: string | null;

  /** When the marketplace answered (ISO-8601 UTC). */
  @IsUtcTimestamp()
  respondedAt!: string;
}
