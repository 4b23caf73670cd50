import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LedgerAccountType, LedgerSide } from '../domain/ledger-account';

/**
 * One ledger account with its stored totals (all ≥ 0, only ever growing), kept equal to the sum of its entries
 * in the transaction that posts them. Written only by `LedgerService` (raw SQL under row locks).
 */
@Entity({ name: 'ledger_accounts' })
export class LedgerAccountRecord {
  @PrimaryColumn('uuid')
  id!: string;

  /** Unique, stable code (`held_funds:<escrowId>`…); also the lock order. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  type!: LedgerAccountType;

  @Column({ name: 'normal_side', type: 'text' })
  normalSide!: LedgerSide;

  @Column({ name: 'escrow_id', type: 'uuid', nullable: true })
  escrowId!: string | null;

  @Column({ name: 'partner_id', type: 'text', nullable: true })
  partnerId!: string | null;

  @Column({ name: 'seller_id', type: 'text', nullable: true })
  sellerId!: string | null;

  /** The parked payment of a SUSPENSE account. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @Column({ type: 'text' })
  currency!: 'VND';

  @VndColumn({ name: 'posted_debits' })
  postedDebits!: bigint;

  @VndColumn({ name: 'posted_credits' })
  postedCredits!: bigint;

  @VndColumn({ name: 'pending_debits' })
  pendingDebits!: bigint;

  @VndColumn({ name: 'pending_credits' })
  pendingCredits!: bigint;

  /** Bumped by every posting (lock_version, after Modern Treasury). */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
