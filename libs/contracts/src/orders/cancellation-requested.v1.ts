import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';

/**
 * `orders.cancellation-requested` v1: the marketplace asked to cancel the order. It is a request: escrow owns
 * the money and answers with `escrow.cancellation-accepted` or `escrow.cancellation-refused`.
 */
export class CancellationRequestedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** Id (UUID) of this request; escrow's answer carries it. */
  @IsUUID()
  cancellationId!: string;

  /** The marketplace (partner id) that asked. */
  @IsUUID()
  marketplaceId!: string;

  /** Why, in the marketplace's words (1–500 characters, NFC). Shown to operators and the buyer. */
  @IsString() @IsNotEmpty() @MaxLength(500)
  reason!: string;

  /** When the marketplace asked (ISO-8601 UTC). */
  @IsUtcTimestamp()
  requestedAt!: string;
}
