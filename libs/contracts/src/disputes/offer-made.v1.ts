import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `disputes.offer-made` v1: the merchant offered a partial refund. The buyer accepts or declines it before
 * `buyerDueAt`; silence escalates to a mediator.
 */
export class OfferMadeV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** The offer's id (UUID). */
  @IsUUID()
  offerId!: string;

  /** The refund offered, whole VND (the rest would be released to the seller). */
  @IsVndAmount()
  amount!: number;

  /** When the buyer's answer is due (ISO-8601 UTC). */
  @IsUtcTimestamp()
  buyerDueAt!: string;

  /** When the offer was made (ISO-8601 UTC). */
  @IsUtcTimestamp()
  madeAt!: string;
}
