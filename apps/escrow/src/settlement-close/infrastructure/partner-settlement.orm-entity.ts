import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A payment partner's business day as escrow closed it: the final totals of its signed statement (whole VND).
 * At most one per (partner, day): the unique constraint makes closing idempotent across runs and replicas.
 */
@Entity({ name: 'partner_settlements' })
@Unique('partner_settlements_day_uq', ['partnerId', 'businessDate'])
export class PartnerSettlementRecord {
  /** The settlement id (`settlementId` of `escrow.partner-settlement-closed`). */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  /** `YYYY-MM-DD`, Asia/Ho_Chi_Minh. */
  @Column({ name: 'business_date', type: 'date' })
  businessDate!: string;

  @VndColumn({ name: 'funded_amount' })
  fundedAmount!: bigint;

  @VndColumn({ name: 'payout_amount' })
  payoutAmount!: bigint;

  @VndColumn({ name: 'refund_amount' })
  refundAmount!: bigint;

  @VndColumn({ name: 'fee_amount' })
  feeAmount!: bigint;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount!: number;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;
}
