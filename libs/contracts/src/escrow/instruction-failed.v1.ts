import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { INSTRUCTION_FAILURE_ACTIONS, INSTRUCTION_KINDS, type InstructionFailureAction, type InstructionKind } from './escrow-vocabulary';

/**
 * `escrow.instruction-failed` v1: the payment partner reported an instruction as failed. Escrow retries it or
 * escalates it to operators; it is never dropped. Keyed like `escrow.instruction-settled`.
 */
export class InstructionFailedV1 {
  /** The instruction (UUID). */
  @IsUUID()
  instructionId!: string;

  /** PAYOUT or REFUND. */
  @IsIn(INSTRUCTION_KINDS)
  kind!: InstructionKind;

  /** The order's id (UUID), the Kafka key; null only for an unmatched parked payment's refund. */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** The payment partner (partner id). */
  @IsUUID()
  partnerId!: string;

  /** The instruction's amount, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** The partner's reason, as given (1–500 characters). May be shown to operators; holds no account number. */
  @IsString() @IsNotEmpty() @MaxLength(500)
  reason!: string;

  /** Which attempt failed, from 1. */
  @IsInt() @Min(1) @Max(1000)
  attempt!: number;

  /** RETRY (escrow re-issues it at `nextAttemptAt`) or ESCALATED (operators decide). */
  @IsIn(INSTRUCTION_FAILURE_ACTIONS)
  nextAction!: InstructionFailureAction;

  /** When it is retried (ISO-8601 UTC); null when ESCALATED. */
  @IsRequiredWhen('nextAction', ['RETRY']) @IsUtcTimestamp()
  nextAttemptAt!: string | null;

  /** When the partner reported the failure (ISO-8601 UTC). */
  @IsUtcTimestamp()
  failedAt!: string;
}
