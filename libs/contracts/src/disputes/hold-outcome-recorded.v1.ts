import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsUtcTimestamp } from '../common/validators';
import { HOLD_REFUSAL_REASONS, type HoldRefusalReason } from '../escrow/escrow-vocabulary';
import { HOLD_OUTCOMES, type HoldOutcome } from './dispute-vocabulary';

/**
 * `disputes.hold-outcome-recorded` v1: disputes recorded escrow's answer to its hold request (an echo of
 * `escrow.hold-accepted` / `escrow.hold-refused` on the dispute's own timeline). When refused, the dispute goes
 * on with no money held.
 */
export class HoldOutcomeRecordedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** ACCEPTED or REFUSED. */
  @IsIn(HOLD_OUTCOMES)
  outcome!: HoldOutcome;

  /** Escrow's reason when REFUSED; null when ACCEPTED. */
  @IsRequiredWhen('outcome', ['REFUSED']) @IsIn(HOLD_REFUSAL_REASONS)
  refusalReason!: HoldRefusalReason | null;

  /** True when money is held for the dispute (or will be, on a COD remittance); false: a refund needs a claw-back. */
  @IsBoolean()
  moneyHeld!: boolean;

  /** The escrow event (UUID) that answered. */
  @IsUUID()
  escrowEventId!: string;

  /** When disputes recorded it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  recordedAt!: string;
}
