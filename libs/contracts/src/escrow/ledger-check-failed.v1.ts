import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNestedArray } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { LEDGER_CHECK_TRIGGERS, LEDGER_RULES, type LedgerCheckTrigger, type LedgerRule } from './escrow-vocabulary';

/** One broken rule found by a ledger check. */
export class LedgerCheckFailureV1 {
  /** ENTRY_UNBALANCED, CONSERVATION_BROKEN, HELD_TOTAL_MISMATCH or NEGATIVE_BALANCE. */
  @IsIn(LEDGER_RULES)
  rule!: LedgerRule;

  /** The order (UUID) whose escrow breaks it; null for platform-wide rules. */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** The ledger entry (UUID) at fault; null when the rule is about balances. */
  @IsNullable() @IsUUID()
  entryId!: string | null;

  /** What is wrong, with the amounts in VND (1–500 characters, no personal data). */
  @IsString() @IsNotEmpty() @MaxLength(500)
  detail!: string;
}

/**
 * `escrow.ledger-check-failed` v1: a ledger check found broken rules (unbalanced entry, conservation broken,
 * held total mismatch, negative balance). Not about one order, so it is keyed by the check's own id; escrow also
 * raises a `platform.operator-alert-raised`.
 */
export class LedgerCheckFailedV1 {
  /** The check run's id (UUID). The Kafka key. */
  @IsUUID()
  checkId!: string;

  /** SCHEDULED or ON_DEMAND. */
  @IsIn(LEDGER_CHECK_TRIGGERS)
  trigger!: LedgerCheckTrigger;

  /** How many failures were found in all (the list below stops at 100). */
  @IsInt() @Min(1) @Max(100_000_000)
  failureCount!: number;

  /** The first failures, 1 to 100. */
  @IsNestedArray(() => LedgerCheckFailureV1, 1, 100)
  failures!: LedgerCheckFailureV1[];

  /** When the check ran (ISO-8601 UTC). */
  @IsUtcTimestamp()
  checkedAt!: string;
}
