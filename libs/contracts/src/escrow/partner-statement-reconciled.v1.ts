import { IsBoolean, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsUtcTimestamp } from '../common/validators';
import { BUSINESS_DATE } from './escrow-vocabulary';

const MAX_LINES = 100_000_000;

/**
 * `escrow.partner-statement-reconciled` v1: a payment partner posted its statement for a day and escrow compared
 * it with its own lines. Keyed by the reconciliation's own id. Mismatches also raise an operator alert.
 */
export class PartnerStatementReconciledV1 {
  /** The reconciliation's id (UUID). The Kafka key. */
  @IsUUID()
  reconciliationId!: string;

  /** The payment partner (partner id). */
  @IsUUID()
  partnerId!: string;

  /** The business day, `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  @Matches(BUSINESS_DATE)
  businessDate!: string;

  /** Lines present on both sides with equal amounts. */
  @IsInt() @Min(0) @Max(MAX_LINES)
  matchedCount!: number;

  /** Lines escrow has and the partner does not. */
  @IsInt() @Min(0) @Max(MAX_LINES)
  oursOnlyCount!: number;

  /** Lines the partner has and escrow does not. */
  @IsInt() @Min(0) @Max(MAX_LINES)
  theirsOnlyCount!: number;

  /** Lines on both sides whose amounts differ. */
  @IsInt() @Min(0) @Max(MAX_LINES)
  amountMismatchCount!: number;

  /** True when every line matched. */
  @IsBoolean()
  balanced!: boolean;

  /** When escrow reconciled (ISO-8601 UTC). */
  @IsUtcTimestamp()
  reconciledAt!: string;
}
