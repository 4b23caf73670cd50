import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { MANUAL_ACTION_KINDS, type ManualActionKind } from './escrow-vocabulary';

/**
 * `escrow.manual-action-proposed` v1: an admin operator proposed a manual money action on the order's escrow
 * (force release, force refund, correcting entry, claw-back). Nothing moves until a different admin approves.
 */
export class ManualActionProposedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The proposal's id (UUID). */
  @IsUUID()
  actionId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** FORCE_RELEASE, FORCE_REFUND, CORRECTING_ENTRY or CLAWBACK. */
  @IsIn(MANUAL_ACTION_KINDS)
  kind!: ManualActionKind;

  /** The amount concerned, whole VND. */
  @IsVndAmount()
  amount!: number;

  /** Why, in the operator's words (1–1,000 characters). */
  @IsString() @IsNotEmpty() @MaxLength(1000)
  reason!: string;

  /** The operator (UUID) who proposed it. */
  @IsUUID()
  proposedBy!: string;

  /** The dispute (UUID) that led to it (e.g. a claw-back request); null otherwise. */
  @IsNullable() @IsUUID()
  disputeId!: string | null;

  /** When it was proposed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  proposedAt!: string;
}
