import { IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';

/**
 * `disputes.clawback-requested` v1: a dispute ended in a refund but escrow held no money (it was already
 * released). Disputes asks escrow to claw the amount back from the seller; escrow records an open claw-back
 * request and alerts operators (`CLAWBACK_REQUESTED`); an admin proposes it as a manual action
 * (`escrow.manual-action-proposed`), a second admin approves it (`escrow.clawback-recorded`).
 */
export class ClawbackRequestedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** To claw back from the seller and refund to the buyer, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** The decision or resolution event (UUID) that requires it. */
  @IsUUID()
  causeEventId!: string;

  /** When disputes asked (ISO-8601 UTC). */
  @IsUtcTimestamp()
  requestedAt!: string;
}
