import type { Vnd } from '@trustcircle/kernel';
import { type LedgerAccountType, type LedgerSide, NORMAL_SIDE } from './ledger-account';

/** The four stored totals of an account (all ≥ 0, only ever growing). */
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

/** The account rule a posting breaks, or null: held funds and suspense never go below zero (available view). */
export function accountRuleViolation(type: LedgerAccountType, t: LedgerTotals): 'HELD_FUNDS_NEGATIVE' | 'SUSPENSE_NEGATIVE' | null {
  if (type === 'HELD_FUNDS' && balanceViews(type, t).available < 0n) return 'HELD_FUNDS_NEGATIVE';
  if (type === 'SUSPENSE' && balanceViews(type, t).available < 0n) return 'SUSPENSE_NEGATIVE';
  return null;
}
