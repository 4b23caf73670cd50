import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `disputes.offer-accepted` v1: the buyer accepted the merchant's offer. `disputes.dispute-resolved`
 * (REFUND_PARTIAL) follows.
 */
export class OfferAcceptedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** The offer (UUID) accepted. */
  @IsUUID()
  offerId!: string;

  /** The refund accepted, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** When the buyer accepted (ISO-8601 UTC). */
  @IsUtcTimestamp()
  acceptedAt!: string;
}
