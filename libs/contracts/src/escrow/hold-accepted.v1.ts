import { IsBoolean, IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `escrow.hold-accepted` v1: escrow's answer to `disputes.hold-requested`: the money was not released, so the
 * escrow is ON_HOLD until the dispute is withdrawn or resolved. Delivery-driven rules pause meanwhile.
 */
export class HoldAcceptedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute (UUID) that asked. */
  @IsUUID()
  disputeId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** Money held for the dispute now, whole VND; 0 for a COD order not remitted yet. */
  @IsVndAmount()
  heldAmount!: number;

  /** True for a COD order not yet remitted: the remittance will be held the moment it arrives. */
  @IsBoolean()
  awaitingFunds!: boolean;

  /** When escrow accepted (ISO-8601 UTC). */
  @IsUtcTimestamp()
  acceptedAt!: string;
}
