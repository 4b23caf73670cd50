import { balanceViews } from './ledger-balance';
import { LedgerBook } from './ledger-book';
import { LedgerError } from './ledger-error';
import { type LedgerPosting, ledgerTransaction } from './ledger-transaction';

const held = { type: 'HELD_FUNDS', escrowId: 'e1' } as const;
const clearing = { type: 'PARTNER_CLEARING', partnerId: 'p1' } as const;

function tx(key: string, postings: LedgerPosting[]) {
  return ledgerTransaction({ idempotencyKey: key, purpose: 'CORRECTION', escrowId: 'e1', orderId: null, postings });
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof LedgerError ? e.code : 'OTHER';
  }
  return undefined;
}

describe('ledger transactions', () => {
  it('accepts a balanced transaction', () => {
    expect(tx('k', [{ account: clearing, side: 'DEBIT', amount: 100n }, { account: held, side: 'CREDIT', amount: 100n }]).postings).toHaveLength(2);
  });

  it('refuses unbalanced, empty, non-positive, non-bigint and keyless transactions', () => {
    expect(codeOf(() => tx('k', [{ account: clearing, side: 'DEBIT', amount: 100n }, { account: held, side: 'CREDIT', amount: 99n }]))).toBe('UNBALANCED');
    expect(codeOf(() => tx('k', [{ account: held, side: 'CREDIT', amount: 1n }]))).toBe('EMPTY');
    expect(codeOf(() => tx('k', [{ account: clearing, side: 'DEBIT', amount: 0n }, { account: held, side: 'CREDIT', amount: 0n }]))).toBe('NON_POSITIVE_AMOUNT');
    expect(codeOf(() => tx('k', [{ account: clearing, side: 'DEBIT', amount: -5n }, { account: held, side: 'CREDIT', amount: -5n }]))).toBe('NON_POSITIVE_AMOUNT');
    const float = [{ account: clearing, side: 'DEBIT', amount: 1.5 as unknown as bigint }, { account: held, side: 'CREDIT', amount: 1.5 as unknown as bigint }] as LedgerPosting[];
    expect(codeOf(() => tx('k', float))).toBe('NOT_BIGINT');
    expect(codeOf(() => tx(' ', [{ account: clearing, side: 'DEBIT', amount: 1n }, { account: held, side: 'CREDIT', amount: 1n }]))).toBe('MISSING_IDEMPOTENCY_KEY');
  });
});

describe('balance views (Modern Treasury)', () => {
  it('credit-normal: posted, pending = posted + in flight, available = posted in − all out', () => {
    expect(balanceViews('HELD_FUNDS', { postedDebits: 30n, postedCredits: 100n, pendingDebits: 20n, pendingCredits: 50n })).toEqual({ posted: 70n, pending: 100n, available: 50n });
  });
  it('debit-normal mirrors it', () => {
    expect(balanceViews('PARTNER_CLEARING', { postedDebits: 100n, postedCredits: 30n, pendingDebits: 50n, pendingCredits: 20n })).toEqual({ posted: 70n, pending: 100n, available: 50n });
  });
});

describe(LedgerBook.name, () => {
  it('posts once per idempotency key', () => {
    const book = new LedgerBook();
    const fund = tx('ev1:FUND', [{ account: clearing, side: 'DEBIT', amount: 100n }, { account: held, side: 'CREDIT', amount: 100n }]);
    expect(book.post(fund).kind).toBe('posted');
    expect(book.post(fund).kind).toBe('duplicate');
    expect(book.balance(held)).toBe(100n);
    expect(book.balance(clearing)).toBe(100n);
    expect(book.journal).toHaveLength(1);
  });

  it('refuses a transaction that would make held funds negative, and changes nothing', () => {
    const book = new LedgerBook();
    book.post(tx('fund', [{ account: clearing, side: 'DEBIT', amount: 100n }, { account: held, side: 'CREDIT', amount: 100n }]));
    const over = tx('over', [{ account: held, side: 'DEBIT', amount: 101n }, { account: { type: 'BUYER_REFUND_PAYABLE', escrowId: 'e1' }, side: 'CREDIT', amount: 101n }]);
    expect(codeOf(() => book.post(over))).toBe('HELD_FUNDS_NEGATIVE');
    expect(book.balance(held)).toBe(100n);
    expect(book.balance({ type: 'BUYER_REFUND_PAYABLE', escrowId: 'e1' })).toBe(0n);
    expect(book.journal).toHaveLength(1);
  });

  it('nets several postings to one account within a transaction before checking the rule', () => {
    const book = new LedgerBook();
    const t = tx('net', [
      { account: clearing, side: 'DEBIT', amount: 50n },
      { account: held, side: 'CREDIT', amount: 50n },
      { account: held, side: 'DEBIT', amount: 50n },
      { account: { type: 'BUYER_REFUND_PAYABLE', escrowId: 'e1' }, side: 'CREDIT', amount: 50n },
    ]);
    expect(book.post(t).kind).toBe('posted');
    expect(book.balance(held)).toBe(0n);
  });
});
