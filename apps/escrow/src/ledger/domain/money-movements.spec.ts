import { sidesTotal } from './ledger-transaction';
import { fundTransaction, partialRefundTransaction, refundTransaction, releaseSplit, releaseTransaction } from './money-movements';

const cause = { escrowId: 'e1', orderId: 'o1', causeId: 'ev1' };

function lines(tx: ReturnType<typeof fundTransaction>) {
  return tx.postings.map((p) => `${p.side} ${p.account.type} ${p.amount}`);
}

describe('money movements', () => {
  it('fund: partner clearing → held', () => {
    const tx = fundTransaction({ ...cause, partnerId: 'p1', amount: 250_000n });
    expect(tx.idempotencyKey).toBe('ev1:FUND');
    expect(lines(tx)).toEqual(['DEBIT PARTNER_CLEARING 250000', 'CREDIT HELD_FUNDS 250000']);
  });

  it('release: the fee rounds down, the remainder reaches the seller', () => {
    expect(releaseSplit(99_999n, 250)).toEqual({ fee: 2_499n, seller: 97_500n });
    const tx = releaseTransaction({ ...cause, sellerId: 's1', amount: 99_999n, feeBps: 250 });
    expect(lines(tx)).toEqual(['DEBIT HELD_FUNDS 99999', 'CREDIT SELLER_PAYABLE 97500', 'CREDIT PLATFORM_FEE_REVENUE 2499']);
  });

  it('release with a zero fee (or a fee rounding to 0) has no fee line', () => {
    expect(lines(releaseTransaction({ ...cause, sellerId: 's1', amount: 39n, feeBps: 250 }))).toEqual(['DEBIT HELD_FUNDS 39', 'CREDIT SELLER_PAYABLE 39']);
    expect(lines(releaseTransaction({ ...cause, sellerId: 's1', amount: 1000n, feeBps: 0 }))).toEqual(['DEBIT HELD_FUNDS 1000', 'CREDIT SELLER_PAYABLE 1000']);
  });

  it('refund: held → buyer refund payable, no fee', () => {
    expect(lines(refundTransaction({ ...cause, amount: 500n }))).toEqual(['DEBIT HELD_FUNDS 500', 'CREDIT BUYER_REFUND_PAYABLE 500']);
  });

  it('partial refund: the refund to the buyer, the rest released with the fee on the released part only', () => {
    const tx = partialRefundTransaction({ ...cause, sellerId: 's1', held: 100_000n, refund: 30_000n, feeBps: 300 });
    expect(lines(tx)).toEqual(['DEBIT HELD_FUNDS 100000', 'CREDIT BUYER_REFUND_PAYABLE 30000', 'CREDIT SELLER_PAYABLE 67900', 'CREDIT PLATFORM_FEE_REVENUE 2100']);
    const { debits, credits } = sidesTotal(tx.postings);
    expect(debits).toBe(credits);
  });

  it('refuses non-positive amounts and a "partial" refund of everything', () => {
    expect(() => fundTransaction({ ...cause, partnerId: 'p1', amount: 0n })).toThrow('INVALID_AMOUNT');
    expect(() => refundTransaction({ ...cause, amount: -1n })).toThrow('INVALID_AMOUNT');
    expect(() => partialRefundTransaction({ ...cause, sellerId: 's1', held: 100n, refund: 100n, feeBps: 0 })).toThrow('INVALID_AMOUNT');
    expect(() => releaseTransaction({ ...cause, sellerId: 's1', amount: 100n, feeBps: 10_001 })).toThrow(RangeError);
  });
});
