import type { Vnd } from '@trustcircle/kernel';
import { type LedgerAccountRef, type LedgerAccountType, ledgerAccountCode } from './ledger-account';
import { accountRuleViolation, balanceViews, type LedgerTotals, withPosting, ZERO_TOTALS } from './ledger-balance';
import { LedgerError } from './ledger-error';
import { assertValidTransaction, type LedgerTransaction } from './ledger-transaction';

/** The outcome of posting: newly posted, or the earlier transaction with the same idempotency key. */
export type PostOutcome = { kind: 'posted'; transaction: LedgerTransaction } | { kind: 'duplicate'; transaction: LedgerTransaction };

/**
 * The ledger's rules on plain memory, the same ones `LedgerService` applies in PostgreSQL: a transaction must
 * balance, posts at most once per idempotency key, and is refused whole if any account rule would break (held
 * funds never negative). Used to compute and check new balances, and to simulate the ledger in tests.
 */
export class LedgerBook {
  private readonly totals = new Map<string, { type: LedgerAccountType; totals: LedgerTotals }>();
  private readonly byKey = new Map<string, LedgerTransaction>();
  readonly journal: LedgerTransaction[] = [];

  post(tx: LedgerTransaction): PostOutcome {
    assertValidTransaction(tx);
    const earlier = this.byKey.get(tx.idempotencyKey);
    if (earlier) return { kind: 'duplicate', transaction: earlier };
    const next = new Map<string, { type: LedgerAccountType; totals: LedgerTotals }>();
    for (const p of tx.postings) {
      const code = ledgerAccountCode(p.account);
      const current = next.get(code) ?? this.totals.get(code) ?? { type: p.account.type, totals: ZERO_TOTALS };
      next.set(code, { type: current.type, totals: withPosting(current.totals, p.side, p.amount) });
    }
    for (const [code, a] of next) {
      const violation = accountRuleViolation(a.type, a.totals);
      if (violation) throw new LedgerError(violation, `${code} would be ${balanceViews(a.type, a.totals).available}`);
    }
    for (const [code, a] of next) this.totals.set(code, a);
    this.byKey.set(tx.idempotencyKey, tx);
    this.journal.push(tx);
    return { kind: 'posted', transaction: tx };
  }

  /** The posted balance of an account on its normal side (0 for an account never touched). */
  balance(ref: LedgerAccountRef): Vnd {
    const a = this.totals.get(ledgerAccountCode(ref));
    return a ? balanceViews(a.type, a.totals).posted : 0n;
  }

  /** Total credits (or debits) ever posted to an account. */
  total(ref: LedgerAccountRef, side: 'DEBIT' | 'CREDIT'): Vnd {
    const t = this.totals.get(ledgerAccountCode(ref))?.totals ?? ZERO_TOTALS;
    return side === 'DEBIT' ? t.postedDebits : t.postedCredits;
  }
}
