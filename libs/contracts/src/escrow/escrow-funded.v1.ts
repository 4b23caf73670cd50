import { IsIn, IsUUID } from 'class-validator';
import { IsUtcTimestamp, IsVndAmount } from '../common/validators';
import { FUNDING_SOURCES, type FundingSource } from './escrow-vocabulary';

/**
 * `escrow.escrow-funded` v1: the escrow now holds the order's money in full: paid by the buyer (PREPAID) or
 * remitted by the courier (COD). The ship-by clock runs from here for PREPAID orders.
 */
export class EscrowFundedV1 {
  /** The order's id (UUID). The Kafka key. */
  @IsUUID()
  orderId!: string;

  /** The escrow's id (UUID). */
  @IsUUID()
  escrowId!: string;

  /** Money now held for the order, whole VND (the order total). */
  @IsVndAmount()
  heldAmount!: number;

  /** PREPAID (payment partner) or COD_REMITTANCE (courier). */
  @IsIn(FUNDING_SOURCES)
  source!: FundingSource;

  /** Paid beyond the total and refunded separately, whole VND; 0 if none. */
  @IsVndAmount()
  excessAmount!: number;

  /** When the escrow became funded (ISO-8601 UTC). */
  @IsUtcTimestamp()
  fundedAt!: string;
}
