import { ApiProperty } from '@nestjs/swagger';
import { vndToWire } from '@trustcircle/kernel';
import type { LedgerAccountView } from '../../application/get-ledger-accounts/get-ledger-accounts.query';

/** An account's four stored totals, in whole VND. */
export class LedgerTotalsResponse {
  @ApiProperty() postedDebits!: number;
  @ApiProperty() postedCredits!: number;
  @ApiProperty() pendingDebits!: number;
  @ApiProperty() pendingCredits!: number;
}

/** A ledger account and its balances, signed on its normal side, in whole VND. */
export class LedgerAccountResponse {
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty({ example: 'held_funds:7d0c…' }) code!: string;
  @ApiProperty({ example: 'HELD_FUNDS' }) type!: string;
  @ApiProperty({ enum: ['DEBIT', 'CREDIT'] }) normalSide!: 'DEBIT' | 'CREDIT';
  @ApiProperty({ format: 'uuid', nullable: true }) escrowId!: string | null;
  @ApiProperty({ nullable: true }) partnerId!: string | null;
  @ApiProperty({ nullable: true }) sellerId!: string | null;
  @ApiProperty({ description: 'Posted balance.' }) posted!: number;
  @ApiProperty({ description: 'Posted plus everything in flight.' }) pending!: number;
  @ApiProperty({ description: 'Posted inbound minus all outbound (posted and in flight).' }) available!: number;
  @ApiProperty({ type: LedgerTotalsResponse }) totals!: LedgerTotalsResponse;

  static of(a: LedgerAccountView): LedgerAccountResponse {
    return {
      accountId: a.accountId,
      code: a.code,
      type: a.type,
      normalSide: a.normalSide,
      escrowId: a.escrowId,
      partnerId: a.partnerId,
      sellerId: a.sellerId,
      posted: vndToWire(a.posted),
      pending: vndToWire(a.pending),
      available: vndToWire(a.available),
      totals: {
        postedDebits: vndToWire(a.totals.postedDebits),
        postedCredits: vndToWire(a.totals.postedCredits),
        pendingDebits: vndToWire(a.totals.pendingDebits),
        pendingCredits: vndToWire(a.totals.pendingCredits),
      },
    };
  }
}

/** The accounts that match a listing, ordered by code. */
export class LedgerAccountListResponse {
  @ApiProperty({ type: [LedgerAccountResponse] })
  items!: LedgerAccountResponse[];
}
