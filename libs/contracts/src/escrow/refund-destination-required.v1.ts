import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.refund-destination-required` v1: a COD buyer is owed a refund and escrow has nowhere to send it.
 * Notifications asks the buyer (SMS with the portal link) to give a bank account or e-wallet in the buyer
 * portal; the refund instruction follows once they do.
 */
export class RefundDestinationRequiredV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The refund waiting, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** When escrow started waiting for a destination (ISO-8601 UTC). */
  @IsUtcTimestamp()
  requestedAt!: string;
}
