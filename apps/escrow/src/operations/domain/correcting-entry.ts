import type { Vnd } from '@trustcircle/kernel';
import { type LedgerAccountRef, type LedgerAccountType, type LedgerSide, ledgerAccountCode } from '../../ledger/domain/ledger-account';
import type { LedgerPosting } from '../../ledger/domain/ledger-transaction';

/** One line of a proposed correcting entry, as the operator wrote it. */
export interface CorrectionLine {
  accountCode: string;
  side: LedgerSide;
  amount: Vnd;
}

/** A stored ledger account, as read from `escrow.ledger_accounts`. */
export interface StoredAccount {
  code: string;
  type: LedgerAccountType;
  escrowId: string | null;
  partnerId: string | null;
  sellerId: string | null;
  paymentId: string | null;
}

/** The escrow a correction is about. */
export interface CorrectedEscrow {
  id: string;
  marketplaceId: string;
  sellerId: string;
}

/** Why a correcting entry is refused (`index`: the offending line). */
export type CorrectionProblem =
  | { code: 'UNBALANCED'; debits: Vnd; credits: Vnd }
  | { code: 'TOO_FEW_LINES' }
  | { code: 'UNKNOWN_ACCOUNT'; index: number }
  | { code: 'FOREIGN_ACCOUNT'; index: number };

/** The account reference of a stored account (the inverse of `ledgerAccountCode`). */
export function accountRefOf(a: StoredAccount): LedgerAccountRef {
  const need = (v: string | null, what: string): string => {
    if (v === null) throw new Error(`account ${a.code} has no ${what}`);
    return v;
  };
  switch (a.type) {
    case 'PARTNER_CLEARING':
      return { type: a.type, partnerId: need(a.partnerId, 'partner') };
    case 'HELD_FUNDS':
    case 'BUYER_REFUND_PAYABLE':
      return { type: a.type, escrowId: need(a.escrowId, 'escrow') };
    case 'SELLER_PAYABLE':
      return { type: a.type, escrowId: need(a.escrowId, 'escrow'), sellerId: need(a.sellerId, 'seller') };
    case 'PLATFORM_FEE_REVENUE':
      return { type: a.type };
    case 'SUSPENSE':
      return { type: a.type, paymentId: need(a.paymentId, 'payment') };
    case 'SELLER_RECEIVABLE':
      return { type: a.type, marketplaceId: need(a.partnerId, 'marketplace'), sellerId: need(a.sellerId, 'seller') };
  }
}

/**
 * Whether a correction on `escrow` may touch `account`: the escrow's own accounts, the platform's fee revenue, a
 * payment partner's clearing account, or the receivable of the escrow's seller.
 */
export function correctionMayTouch(account: StoredAccount, escrow: CorrectedEscrow): boolean {
  if (account.escrowId !== null) return account.escrowId === escrow.id;
  if (account.type === 'PLATFORM_FEE_REVENUE' || account.type === 'PARTNER_CLEARING') return true;
  if (account.type === 'SELLER_RECEIVABLE') return account.partnerId === escrow.marketplaceId && account.sellerId === escrow.sellerId;
  return false;
}

/**
 * Checks a proposed correcting entry: at least two lines, balanced, every account known and one the correction
 * may touch. Answers the ledger postings and their total (debits), or the first problem.
 */
export function resolveCorrection(
  lines: readonly CorrectionLine[],
  accounts: ReadonlyMap<string, StoredAccount>,
  escrow: CorrectedEscrow,
): { ok: true; postings: LedgerPosting[]; total: Vnd } | { ok: false; problem: CorrectionProblem } {
  if (lines.length < 2) return { ok: false, problem: { code: 'TOO_FEW_LINES' } };
  let debits = 0n;
  let credits = 0n;
  const postings: LedgerPosting[] = [];
  for (const [index, line] of lines.entries()) {
    const account = accounts.get(line.accountCode);
    if (!account) return { ok: false, problem: { code: 'UNKNOWN_ACCOUNT', index } };
    if (!correctionMayTouch(account, escrow)) return { ok: false, problem: { code: 'FOREIGN_ACCOUNT', index } };
    const ref = accountRefOf(account);
    if (ledgerAccountCode(ref) !== account.code) return { ok: false, problem: { code: 'UNKNOWN_ACCOUNT', index } };
    if (line.side === 'DEBIT') debits += line.amount;
    else credits += line.amount;
    postings.push({ account: ref, side: line.side, amount: line.amount });
  }
  if (debits !== credits) return { ok: false, problem: { code: 'UNBALANCED', debits, credits } };
  return { ok: true, postings, total: debits };
}
