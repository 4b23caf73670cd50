import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { BUSINESS_DATE } from './escrow-vocabulary';

/**
 * `escrow.partner-settlement-closed` v1: a payment partner's business day was closed: escrow's daily settlement
 * totals with that partner are final (the basis of its statement document and of reconciliation). Keyed by
 * the settlement's own id.
 */
export class PartnerSettlementClosedV1 {
  /** The settlement's id (UUID). The Kafka key. */
  @IsUUID()
  settlementId!: string;

  /** The payment partner (partner id). */
  @IsUUID()
  partnerId!: string;

  /** The business day, `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  @Matches(BUSINESS_DATE)
  businessDate!: string;

  /** Payments received that day, whole VND. */
  @IsVndAmount()
  fundedAmount!: number;

  /** Payout instructions settled that day, whole VND. */
  @IsVndAmount()
  payoutAmount!: number;

  /** Refund instructions settled that day, whole VND. */
  @IsVndAmount()
  refundAmount!: number;

  /** Platform fees taken on releases that day, whole VND. */
  @IsVndAmount()
  feeAmount!: number;

  /** Number of lines (payments and settled instructions). */
  @IsInt() @Min(0) @Max(100_000_000)
  lineCount!: number;

  /** When the day was closed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  closedAt!: string;
}
