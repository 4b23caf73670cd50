import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type LedgerAccountBalance, LedgerService } from '../ledger.service';

/** An account's balances and what it is about. */
export interface LedgerAccountView extends LedgerAccountBalance {
  escrowId: string | null;
  partnerId: string | null;
  sellerId: string | null;
}

/** The most accounts one listing answers (an escrow has a handful). */
export const MAX_LISTED_ACCOUNTS = 100;

/** Ledger accounts with their balance views, by id, by escrow or by code (operators see every account). */
@Injectable()
export class GetLedgerAccountsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
  ) {}

  /** One account, or null if unknown. */
  async byId(accountId: string): Promise<LedgerAccountView | null> {
    return (await this.find(`"id" = $1`, [accountId]))[0] ?? null;
  }

  /** The accounts of an escrow and/or the account of a code, ordered by code. */
  async list(f: { escrowId?: string; code?: string }): Promise<LedgerAccountView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.escrowId) where.push(`"escrow_id" = $${params.push(f.escrowId)}`);
    if (f.code) where.push(`"code" = $${params.push(f.code)}`);
    return where.length === 0 ? [] : this.find(where.join(' AND '), params);
  }

  private async find(where: string, params: unknown[]): Promise<LedgerAccountView[]> {
    const rows = (await this.dataSource.query(
      `SELECT "id", "escrow_id", "partner_id", "seller_id" FROM "escrow"."ledger_accounts" WHERE ${where} ORDER BY "code" LIMIT ${MAX_LISTED_ACCOUNTS}`,
      params,
    )) as Array<{ id: string; escrow_id: string | null; partner_id: string | null; seller_id: string | null }>;
    const views: LedgerAccountView[] = [];
    for (const r of rows) {
      const balance = await this.ledger.balances(r.id, this.dataSource.manager);
      if (balance) views.push({ ...balance, escrowId: r.escrow_id, partnerId: r.partner_id, sellerId: r.seller_id });
    }
    return views;
  }
}
