import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { DISPUTE_OUTCOMES, RESOLUTION_PATHS, type DisputeOutcome, type ResolutionPath } from './dispute-vocabulary';

/**
 * `disputes.dispute-resolved` v1: the dispute is over, with a money outcome escrow applies: refund in full or in
 * part (the rest released), release to the seller, or refund once the return shipment is delivered. With no
 * money held (`moneyHeld` false), a refund becomes `disputes.clawback-requested` instead.
 */
export class DisputeResolvedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** REFUND_FULL, REFUND_PARTIAL, RELEASE_TO_SELLER or RETURN_AND_REFUND. */
  @IsIn(DISPUTE_OUTCOMES)
  outcome!: DisputeOutcome;

  /** To refund to the buyer, whole VND: 0 for RELEASE_TO_SELLER; for RETURN_AND_REFUND, once the return is delivered. */
  @IsVndAmount()
  refundAmount!: number;

  /** MERCHANT_ACCEPTED, OFFER_ACCEPTED, MEDIATOR_DECISION, DEFAULT_JUDGMENT or BUYER_DID_NOT_ESCALATE. */
  @IsIn(RESOLUTION_PATHS)
  resolvedBy!: ResolutionPath;

  /** True when escrow held the money for the dispute. */
  @IsBoolean()
  moneyHeld!: boolean;

  /** When it was resolved (ISO-8601 UTC). */
  @IsUtcTimestamp()
  resolvedAt!: string;
}
