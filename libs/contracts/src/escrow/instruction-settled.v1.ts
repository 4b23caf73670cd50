import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { INSTRUCTION_KINDS, type InstructionKind } from './escrow-vocabulary';

/**
 * `escrow.instruction-settled` v1: the payment partner confirmed a payout or refund instruction as settled. Keyed
 * by the order id (by the instruction id for an unmatched parked payment's refund).
 */
export class InstructionSettledV1 {
  /** The instruction (UUID). */
  @IsUUID()
  instructionId!: string;

  /** PAYOUT or REFUND. */
  @IsIn(INSTRUCTION_KINDS)
  kind!: InstructionKind;

  /** The order's id (UUID), the Kafka key; null only for an unmatched parked payment's refund. */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** The payment partner (partner id) that settled it. */
  @IsUUID()
  partnerId!: string;

  /** Settled, whole VND (the instruction's amount). */
  @IsVndAmount()
  amount!: number;

  /** The partner's reference for the transfer (external, 1–100 characters). */
  @IsString() @IsNotEmpty() @MaxLength(100)
  partnerReference!: string;

  /** When the partner settled it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  settledAt!: string;
}
