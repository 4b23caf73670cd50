import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { VULNERABLE_CATEGORIES, VULNERABLE_FLAG_CHANGES, type VulnerableCategory, type VulnerableFlagChange } from './dispute-vocabulary';

/**
 * `disputes.vulnerable-flag-changed` v1: the dispute's vulnerable-consumer flag was declared by the buyer, or
 * confirmed or removed by a mediator. Recorded for the regulator view.
 */
export class VulnerableFlagChangedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The dispute's id (UUID). */
  @IsUUID()
  disputeId!: string;

  /** DECLARED (buyer), CONFIRMED or REMOVED (mediator). */
  @IsIn(VULNERABLE_FLAG_CHANGES)
  change!: VulnerableFlagChange;

  /** Whether the dispute is now flagged vulnerable. */
  @IsBoolean()
  vulnerable!: boolean;

  /** The vulnerable group; set only when `vulnerable`, otherwise null. */
  @IsRequiredWhen('vulnerable', [true]) @IsIn(VULNERABLE_CATEGORIES)
  category!: VulnerableCategory | null;

  /** The mediator (operator id, UUID) who confirmed or removed it; null when the buyer declared it. */
  @IsRequiredWhen('change', ['CONFIRMED', 'REMOVED']) @IsUUID()
  changedBy!: string | null;

  /** The mediator's reason (1–1,000 characters); null when the buyer declared it. */
  @IsNullable() @IsString() @IsNotEmpty() @MaxLength(1000)
  reason!: string | null;

  /** When it changed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  changedAt!: string;
}
