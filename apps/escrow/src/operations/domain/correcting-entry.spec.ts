import { accountRefOf, resolveCorrection, type StoredAccount } from './correcting-entry';

const escrow = { id: 'e-1', marketplaceId: 'm-1', sellerId: 's-1' };
const acc = (a: Partial<StoredAccount> & Pick<StoredAccount, 'code' | 'type'>): StoredAccount => ({ escrowId: null, partnerId: null, sellerId: null, paymentId: null, ...a });
const accounts = new Map(
  [
    acc({ code: 'held_funds:e-1', type: 'HELD_FUNDS', escrowId: 'e-1' }),
    acc({ code: 'seller_payable:e-1', type: 'SELLER_PAYABLE', escrowId: 'e-1', sellerId: 's-1' }),
    acc({ code: 'held_funds:e-2', type: 'HELD_FUNDS', escrowId: 'e-2' }),
    acc({ code: 'platform_fee_revenue', type: 'PLATFORM_FEE_REVENUE' }),
    acc({ code: 'partner_clearing:p-1', type: 'PARTNER_CLEARING', partnerId: 'p-1' }),
    acc({ code: 'seller_receivable:m-1:s-1', type: 'SELLER_RECEIVABLE', partnerId: 'm-1', sellerId: 's-1' }),
    acc({ code: 'seller_receivable:m-1:s-2', type: 'SELLER_RECEIVABLE', partnerId: 'm-1', sellerId: 's-2' }),
  ].map((a) => [a.code, a]),
);

describe('resolveCorrection', () => {
  it('turns balanced lines on the escrow’s and platform accounts into postings, with their total', () => {
    const r = resolveCorrection(
      [
        { accountCode: 'platform_fee_revenue', side: 'DEBIT', amount: 500n },
        { accountCode: 'seller_payable:e-1', side: 'CREDIT', amount: 500n },
      ],
      accounts,
      escrow,
    );
    expect(r).toEqual({
      ok: true,
      total: 500n,
      postings: [
        { account: { type: 'PLATFORM_FEE_REVENUE' }, side: 'DEBIT', amount: 500n },
        { account: { type: 'SELLER_PAYABLE', escrowId: 'e-1', sellerId: 's-1' }, side: 'CREDIT', amount: 500n },
      ],
    });
  });

  it('refuses unbalanced lines', () => {
    const r = resolveCorrection(
      [
        { accountCode: 'held_funds:e-1', side: 'DEBIT', amount: 500n },
        { accountCode: 'seller_payable:e-1', side: 'CREDIT', amount: 400n },
      ],
      accounts,
      escrow,
    );
    expect(r).toEqual({ ok: false, problem: { code: 'UNBALANCED', debits: 500n, credits: 400n } });
  });

  it('refuses a single line, an unknown account, and another escrow’s or seller’s account', () => {
    expect(resolveCorrection([{ accountCode: 'held_funds:e-1', side: 'DEBIT', amount: 1n }], accounts, escrow)).toEqual({ ok: false, problem: { code: 'TOO_FEW_LINES' } });
    const line2 = { accountCode: 'platform_fee_revenue', side: 'CREDIT' as const, amount: 1n };
    expect(resolveCorrection([{ accountCode: 'held_funds:nope', side: 'DEBIT', amount: 1n }, line2], accounts, escrow)).toEqual({ ok: false, problem: { code: 'UNKNOWN_ACCOUNT', index: 0 } });
    expect(resolveCorrection([line2, { accountCode: 'held_funds:e-2', side: 'DEBIT', amount: 1n }], accounts, escrow)).toEqual({ ok: false, problem: { code: 'FOREIGN_ACCOUNT', index: 1 } });
    expect(resolveCorrection([line2, { accountCode: 'seller_receivable:m-1:s-2', side: 'DEBIT', amount: 1n }], accounts, escrow)).toEqual({
      ok: false,
      problem: { code: 'FOREIGN_ACCOUNT', index: 1 },
    });
  });
});

describe('accountRefOf', () => {
  it('rebuilds the reference of a stored account', () => {
    expect(accountRefOf(accounts.get('seller_receivable:m-1:s-1') as StoredAccount)).toEqual({ type: 'SELLER_RECEIVABLE', marketplaceId: 'm-1', sellerId: 's-1' });
    expect(accountRefOf(accounts.get('partner_clearing:p-1') as StoredAccount)).toEqual({ type: 'PARTNER_CLEARING', partnerId: 'p-1' });
  });
});
