import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toVnd, type Vnd } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import type { LedgerSide } from '../../domain/ledger-account';
import { encodeLedgerEntryCursor, type LedgerEntryCursor } from './ledger-entry-cursor';

/** Which lines to list: at least one of order, escrow or account (all given ones apply). */
export interface ListLedgerEntriesFilter {
  orderId?: string;
  escrowId?: string;
  accountId?: string;
  after?: LedgerEntryCursor;
  limit: number;
}

/** One ledger line with its transaction and account. */
export interface LedgerLine {
  entryId: string;
  transactionId: string;
  purpose: string;
  idempotencyKey: string;
  /** PENDING: money in flight (in the pending totals until resolved); POSTED: in the posted totals. */
  transactionStatus: 'PENDING' | 'POSTED';
  /** How a pending transaction was resolved (POSTED by another transaction, or VOIDED); null while open or when posted at once. */
  resolution: 'POSTED' | 'VOIDED' | null;
  orderId: string | null;
  escrowId: string | null;
  accountId: string;
  accountCode: string;
  accountType: string;
  side: LedgerSide;
  amount: Vnd;
  createdAt: Date;
}

interface LineRow {
  entry_id: string;
  transaction_id: string;
  purpose: string;
  idempotency_key: string;
  status: 'PENDING' | 'POSTED';
  resolution: 'POSTED' | 'VOIDED' | null;
  order_id: string | null;
  escrow_id: string | null;
  account_id: string;
  account_code: string;
  account_type: string;
  side: LedgerSide;
  amount: string;
  created_at: Date;
  cursor_at: string;
}

/**
 * Ledger lines, newest first (creation time, then id), keyset-paginated. Filters by the transaction's order or
 * escrow (indexed) and by account (indexed); operators see every escrow.
 */
@Injectable()
export class ListLedgerEntriesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(f: ListLedgerEntriesFilter): Promise<{ items: LedgerLine[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown): string => `$${params.push(value)}`;
    if (f.orderId) where.push(`t."order_id" = ${p(f.orderId)}`);
    if (f.escrowId) where.push(`t."escrow_id" = ${p(f.escrowId)}`);
    if (f.accountId) where.push(`e."account_id" = ${p(f.accountId)}`);
    if (f.after) where.push(`(e."created_at", e."id") < (${p(f.after.createdAt)}::timestamptz, ${p(f.after.id)}::uuid)`);
    const limit = p(f.limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT e."id" AS "entry_id", t."id" AS "transaction_id", t."purpose", t."idempotency_key", t."status", r."resolution", t."order_id", t."escrow_id",
              a."id" AS "account_id", a."code" AS "account_code", a."type" AS "account_type", e."side", e."amount"::text AS "amount",
              e."created_at", to_char(e."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursor_at"
         FROM "escrow"."ledger_entries" e
         JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id"
         JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
         LEFT JOIN "escrow"."ledger_pending_resolutions" r ON r."pending_transaction_id" = t."id"
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e."created_at" DESC, e."id" DESC
        LIMIT ${limit}`,
      params,
    )) as LineRow[];
    const page = rows.slice(0, f.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        entryId: r.entry_id,
        transactionId: r.transaction_id,
        purpose: r.purpose,
        idempotencyKey: r.idempotency_key,
        transactionStatus: r.status,
        resolution: r.resolution,
        orderId: r.order_id,
        escrowId: r.escrow_id,
        accountId: r.account_id,
        accountCode: r.account_code,
        accountType: r.account_type,
        side: r.side,
        amount: toVnd(r.amount),
        createdAt: r.created_at,
      })),
      nextCursor: rows.length > f.limit && last ? encodeLedgerEntryCursor({ createdAt: last.cursor_at, id: last.entry_id }) : null,
    };
  }
}
