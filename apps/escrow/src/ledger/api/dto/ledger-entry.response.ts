import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { LedgerLine } from '../../application/list-ledger-entries/list-ledger-entries.query';

/** One ledger line with its transaction and account. */
export class LedgerEntryResponse {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ format: 'uuid' }) transactionId!: string;
  @ApiProperty({ example: 'FUND' }) purpose!: string;
  @ApiProperty({ example: '0f6c…:FUND', description: 'The cause id and purpose: a business fact posts once.' }) idempotencyKey!: string;
  @ApiProperty({ enum: ['PENDING', 'POSTED'], description: 'PENDING: money in flight (pending totals only, until resolved); POSTED: in the posted totals.' })
  transactionStatus!: 'PENDING' | 'POSTED';
  @ApiProperty({ enum: ['POSTED', 'VOIDED'], nullable: true, description: 'How a pending transaction was resolved, at most once (null while open, or for a posted transaction).' })
  resolution!: 'POSTED' | 'VOIDED' | null;
  @ApiProperty({ format: 'uuid', nullable: true }) orderId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true }) escrowId!: string | null;
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty({ example: 'held_funds:7d0c…' }) accountCode!: string;
  @ApiProperty({ example: 'HELD_FUNDS' }) accountType!: string;
  @ApiProperty({ enum: ['DEBIT', 'CREDIT'] }) side!: 'DEBIT' | 'CREDIT';
  @ApiProperty({ example: 1_235_000, description: 'Whole VND.' }) amount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(l: LedgerLine): LedgerEntryResponse {
    return {
      entryId: l.entryId,
      transactionId: l.transactionId,
      purpose: l.purpose,
      idempotencyKey: l.idempotencyKey,
      transactionStatus: l.transactionStatus,
      resolution: l.resolution,
      orderId: l.orderId,
      escrowId: l.escrowId,
      accountId: l.accountId,
      accountCode: l.accountCode,
      accountType: l.accountType,
      side: l.side,
      amount: vndToWire(l.amount),
      createdAt: l.createdAt.toISOString(),
    };
  }
}

/** A page of ledger lines, newest first. */
export class LedgerEntryPageResponse {
  @ApiProperty({ type: [LedgerEntryResponse] })
  items!: LedgerEntryResponse[];

  @ApiProperty({ nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
