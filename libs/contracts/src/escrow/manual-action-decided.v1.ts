import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNotEqualTo } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { MANUAL_ACTION_DECISIONS, MANUAL_ACTION_KINDS, type ManualActionDecision, type ManualActionKind } from './escrow-vocabulary';

/**
 * `escrow.manual-action-decided` v1: a second admin operator approved or rejected a proposed manual money
 * action. Approved actions are executed at once and show as their own escrow events.
 */
export class ManualActionDecidedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The proposal (UUID) decided. */
  @IsUUID()
  actionId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** FORCE_RELEASE, FORCE_REFUND, CORRECTING_ENTRY or CLAWBACK. */
  @IsIn(MANUAL_ACTION_KINDS)
  kind!: ManualActionKind;

  /** APPROVED or REJECTED. */
  @IsIn(MANUAL_ACTION_DECISIONS)
  decision!: ManualActionDecision;

  /** The operator (UUID) who proposed it. */
  @IsUUID()
  proposedBy!: string;

  /** The operator (UUID) who decided: never the proposer. */
  @IsUUID() @IsNotEqualTo('proposedBy')
  decidedBy!: string;

  /** The decider's note (1–1,000 characters); null if none. */
  @IsNullable() @IsString() @IsNotEmpty() @MaxLength(1000)
  note!: string | null;

  /** When it was decided (ISO-8601 UTC). */
  @IsUtcTimestamp()
  decidedAt!: string;
}
