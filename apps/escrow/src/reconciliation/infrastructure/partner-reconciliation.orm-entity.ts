import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { StatementReconciliationResponse } from '../api/dto/statement-reconciliation.response';

/**
 * A partner's statement for a business day as escrow reconciled it: one revision per distinct content posted
 * (a re-post of the latest content answers that revision), with the answer given (`result`).
 */
@Entity({ name: 'partner_reconciliations' })
@Unique('partner_reconciliations_revision_uq', ['partnerId', 'businessDate', 'revision'])
export class PartnerReconciliationRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  /** `YYYY-MM-DD`, Asia/Ho_Chi_Minh. */
  @Column({ name: 'business_date', type: 'date' })
  businessDate!: string;

  /** 1, 2, … per (partner, day). */
  @Column({ type: 'integer' })
  revision!: number;

  /** SHA-256 (hex) of the statement's canonical content (its date and lines, in any order). */
  @Column({ name: 'body_hash', type: 'text' })
  bodyHash!: string;

  @Column({ name: 'statement_line_count', type: 'integer' })
  statementLineCount!: number;

  @Column({ name: 'our_line_count', type: 'integer' })
  ourLineCount!: number;

  @Column({ name: 'matched_count', type: 'integer' })
  matchedCount!: number;

  @Column({ name: 'ours_only_count', type: 'integer' })
  oursOnlyCount!: number;

  @Column({ name: 'theirs_only_count', type: 'integer' })
  theirsOnlyCount!: number;

  @Column({ name: 'amount_mismatch_count', type: 'integer' })
  amountMismatchCount!: number;

  @Column({ type: 'boolean' })
  balanced!: boolean;

  /** The answer given to the partner (wire form). */
  @Column({ type: 'jsonb' })
  result!: StatementReconciliationResponse;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
