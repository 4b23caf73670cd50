import type { Vnd } from '@trustcircle/kernel';
import { type LedgerAccountType, type LedgerSide, NORMAL_SIDE } from './ledger-account';
import { LedgerError } from './ledger-error';

/**
 * The four stored totals of an account (all ≥ 0). The posted totals only ever grow; the pending totals grow when a
 * pending transaction is posted and shrink when it is resolved (posted or voided), so they are not monotonic.
 */
export interface LedgerTotals {
  postedDebits: Vnd;
  postedCredits: Vnd;
  pendingDebits: Vnd;
  pendingCredits: Vnd;
}

export const ZERO_TOTALS: LedgerTotals = { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n };

/** The balance views of one account, signed on its normal side. */
export interface LedgerBalanceViews {
  posted: Vnd;
  pending: Vnd;
  available: Vnd;
}

/**
 * Balance views after Modern Treasury, for a credit-normal account (swap debits and credits for a debit-normal one):
 *
 *   posted    = postedCredits − postedDebits
 *   pending   = (postedCredits + pendingCredits) − (postedDebits + pendingDebits)   (posted plus everything in flight)
 *   available = postedCredits − (postedDebits + pendingDebits)                      (posted inbound, all outbound)
 *
 * `available` is what can be spent: money on its way in does not count, money on its way out already does.
 * The pending totals are those of PENDING transactions not resolved yet (e.g. a payout or refund instruction
 * issued to a partner and not settled): on a payable, `available` = posted − in flight; on partner clearing,
 * `pending` is what the clearing will be once everything in flight settles.
 */
export function balanceViews(type: LedgerAccountType, t: LedgerTotals): LedgerBalanceViews {
  const credit = NORMAL_SIDE[type] === 'CREDIT';
  const inPosted = credit ? t.postedCredits : t.postedDebits;
  const outPosted = credit ? t.postedDebits : t.postedCredits;
  const inPending = credit ? t.pendingCredits : t.pendingDebits;
  const outPending = credit ? t.pendingDebits : t.pendingCredits;
  return { posted: inPosted - outPosted, pending: inPosted + inPending - (outPosted + outPending), available: inPosted - (outPosted + outPending) };
}

/** The totals after posting `amount` on `side`. */
export function withPosting(t: LedgerTotals, side: LedgerSide, amount: Vnd): LedgerTotals {
  return side === 'DEBIT' ? { ...t, postedDebits: t.postedDebits + amount } : { ...t, postedCredits: t.postedCredits + amount };
}

/** What happens to a transaction's amounts on an account (see {@link moveTotals}). */
export type TotalsMove = 'POST' | 'PEND' | 'POST_PENDING' | 'VOID_PENDING';

/**
 * How a transaction's amounts on one account (`debits`, `credits`) move its totals:
 *  - POST: into the posted totals (a transaction posted at once);
 *  - PEND: into the pending totals (a PENDING transaction);
 *  - POST_PENDING: from the pending totals into the posted ones (the pending transaction resolved as POSTED);
 *  - VOID_PENDING: out of the pending totals (the pending transaction VOIDED).
 * Throws a LedgerError if a resolution would take a pending total below zero (it was never pending).
 */
export function moveTotals(t: LedgerTotals, move: TotalsMove, debits: Vnd, credits: Vnd): LedgerTotals {
  if (move === 'POST') return { ...t, postedDebits: t.postedDebits + debits, postedCredits: t.postedCredits + credits };
  if (move === 'PEND') return { ...t, pendingDebits: t.pendingDebits + debits, pendingCredits: t.pendingCredits + credits };
  const pendingDebits = t.pendingDebits - debits;
  const pendingCredits = t.pendingCredits - credits;
  if (pendingDebits < 0n || pendingCredits < 0n) {
    throw new LedgerError('PENDING_UNDERFLOW', `resolving ${debits}/${credits} would leave pending totals at ${pendingDebits}/${pendingCredits}`);
  }
  if (move === 'VOID_PENDING') return { ...t, pendingDebits, pendingCredits };
  return { postedDebits: t.postedDebits + debits, postedCredits: t.postedCredits + credits, pendingDebits, pendingCredits };
}

/**
 * The account rule a posting breaks, or null: held funds and suspense never go below zero on the available view
 * (money pending out of them counts already, so a pending overdraft is refused too).
 */
export function accountRuleViolation(type: LedgerAccountType, t: LedgerTotals): 'HELD_FUNDS_NEGATIVE' | 'SUSPENSE_NEGATIVE' | null {
  if (type === 'HELD_FUNDS' && balanceViews(type, t).available < 0n) return 'HELD_FUNDS_NEGATIVE';
  if (type === 'SUSPENSE' && balanceViews(type, t).available < 0n) return 'SUSPENSE_NEGATIVE';
  return null;
}
