import type { ManualActionKind } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ManualActionStatus } from '../domain/manual-action-rules';

/** A correcting entry's line as stored (amount as a decimal string: JSON has no bigint). */
export interface StoredCorrectionLine {
  accountCode: string;
  side: 'DEBIT' | 'CREDIT';
  amount: string;
}

/** A manual money action on an escrow: proposed by one admin operator, decided by another. */
@Entity({ name: 'manual_actions' })
export class ManualActionRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'escrow_id', type: 'uuid' })
  escrowId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  kind!: ManualActionKind;

  @VndColumn()
  amount!: bigint;

  @Column({ type: 'text' })
  reason!: string;

  /** The lines of a CORRECTING_ENTRY; null for the other kinds. */
  @Column({ type: 'jsonb', nullable: true })
  postings!: StoredCorrectionLine[] | null;

  @Column({ name: 'dispute_id', type: 'uuid', nullable: true })
  disputeId!: string | null;

  @Column({ type: 'text' })
  status!: ManualActionStatus;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
