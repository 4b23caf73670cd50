import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LedgerSide } from '../domain/ledger-account';

/** One immutable ledger line: an amount (> 0) on one side of one account (a DB trigger refuses UPDATE/DELETE). */
@Entity({ name: 'ledger_entries' })
export class LedgerEntryRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  side!: LedgerSide;

  @VndColumn()
  amount!: bigint;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
