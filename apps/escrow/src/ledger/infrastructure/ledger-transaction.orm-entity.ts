import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LedgerPurpose } from '../domain/ledger-transaction';

/**
 * One ledger transaction: at most one per idempotency key; immutable (a DB trigger refuses UPDATE/DELETE). PENDING
 * ones (two-phase) are resolved at most once by a row of `ledger_pending_resolutions` (POSTED by a new POSTED
 * transaction keyed `${key}:posted`, or VOIDED).
 */
@Entity({ name: 'ledger_transactions' })
export class LedgerTransactionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** The cause id + purpose: the same business fact posts at most once. */
  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  purpose!: LedgerPurpose;

  @Column({ name: 'escrow_id', type: 'uuid', nullable: true })
  escrowId!: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'text' })
  status!: 'PENDING' | 'POSTED';

  @Column({ type: 'jsonb' })
  metadata!: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
