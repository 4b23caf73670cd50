import { IsIn, IsUUID } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { OFFER_DECLINERS, type OfferDecliner } from './dispute-vocabulary';

/**
 * `disputes.offer-declined` v1: the merchant's offer was declined by the buyer, or lapsed unanswered (then the
 * dispute is escalated to a mediator).
 */
export class OfferDeclinedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** The offer (UUID) declined. */
  @IsUUID()
  offerId!: string;

  /** BUYER, or DEADLINE when the buyer did not answer in time. */
  @IsIn(OFFER_DECLINERS)
  declinedBy!: OfferDecliner;

  /** When it was declined or lapsed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  declinedAt!: string;
}
