import type { EntityManager } from 'typeorm';
import type { LedgerAccountType } from '../../../ledger/domain/ledger-account';
import type { CorrectionLine, StoredAccount } from '../../domain/correcting-entry';

/** The stored ledger accounts with these codes, by code (unknown codes are simply absent). */
export async function accountsByCode(m: EntityManager, codes: readonly string[]): Promise<Map<string, StoredAccount>> {
  const rows = (await m.query(`SELECT "code", "type", "escrow_id", "partner_id", "seller_id", "payment_id" FROM "escrow"."ledger_accounts" WHERE "code" = ANY($1)`, [
    [...new Set(codes)],
  ])) as Array<{ code: string; type: LedgerAccountType; escrow_id: string | null; partner_id: string | null; seller_id: string | null; payment_id: string | null }>;
  return new Map(rows.map((r) => [r.code, { code: r.code, type: r.type, escrowId: r.escrow_id, partnerId: r.partner_id, sellerId: r.seller_id, paymentId: r.payment_id }]));
}

/** The stored accounts a correcting entry's lines name. */
export function correctionAccountsOf(m: EntityManager, lines: readonly CorrectionLine[]): Promise<Map<string, StoredAccount>> {
  return accountsByCode(m, lines.map((l) => l.accountCode));
}
