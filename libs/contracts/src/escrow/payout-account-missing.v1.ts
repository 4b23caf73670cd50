import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.payout-account-missing` v1: money was released but escrow has no payout account for the seller (none
 * on the order, none registered). The payout waits; notifications tells the marketplace to register one with
 * `PUT /v1/sellers/{sellerId}/payout-account`.
 */
export class PayoutAccountMissingV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** The marketplace (partner id) that must register the account. */
  @IsUUID()
  marketplaceId!: string;

  /** The marketplace's own seller id (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  sellerId!: string;

  /** The payout waiting, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** When escrow found the account missing (ISO-8601 UTC). */
  @IsUtcTimestamp()
  detectedAt!: string;
}
