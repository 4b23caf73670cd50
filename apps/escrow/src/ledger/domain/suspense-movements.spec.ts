import { LedgerBook } from './ledger-book';
import { sidesTotal } from './ledger-transaction';
import { matchParkedPaymentTransaction, parkPaymentTransaction } from './suspense-movements';

const parked = { paymentId: 'pay1', partnerId: 'p1', amount: 750_000n };

function lines(tx: ReturnType<typeof parkPaymentTransaction>): string[] {
  return tx.postings.map((p) => `${p.side} ${p.account.type} ${p.amount}`);
}

describe('suspense movements', () => {
  it('park: partner clearing → suspense of the payment, no escrow, keyed by the payment id', () => {
    const tx = parkPaymentTransaction(parked);
    expect(tx.idempotencyKey).toBe('pay1:PARK_PAYMENT');
    expect([tx.escrowId, tx.orderId]).toEqual([null, null]);
    expect(lines(tx)).toEqual(['DEBIT PARTNER_CLEARING 750000', 'CREDIT SUSPENSE 750000']);
    expect(tx.postings[1].account).toEqual({ type: 'SUSPENSE', paymentId: 'pay1' });
  });

  it('match: suspense → held funds of the escrow, keyed by the payment id', () => {
    const tx = matchParkedPaymentTransaction({ ...parked, escrowId: 'e1', orderId: 'o1' });
    expect(tx.idempotencyKey).toBe('pay1:MATCH_PARKED_PAYMENT');
    expect([tx.escrowId, tx.orderId]).toEqual(['e1', 'o1']);
    expect(lines(tx)).toEqual(['DEBIT SUSPENSE 750000', 'CREDIT HELD_FUNDS 750000']);
    const { debits, credits } = sidesTotal(tx.postings);
    expect(debits).toBe(credits);
  });

  it('park then match: suspense ends at 0, the escrow holds the amount, the partner clearing owes it; each posts once', () => {
    const book = new LedgerBook();
    book.post(parkPaymentTransaction(parked));
    expect(book.balance({ type: 'SUSPENSE', paymentId: 'pay1' })).toBe(750_000n);
    const match = matchParkedPaymentTransaction({ ...parked, escrowId: 'e1', orderId: 'o1' });
    expect(book.post(match).kind).toBe('posted');
    expect(book.post(match).kind).toBe('duplicate');
    expect(book.post(parkPaymentTransaction(parked)).kind).toBe('duplicate');
    expect(book.balance({ type: 'SUSPENSE', paymentId: 'pay1' })).toBe(0n);
    expect(book.balance({ type: 'HELD_FUNDS', escrowId: 'e1' })).toBe(750_000n);
    expect(book.balance({ type: 'PARTNER_CLEARING', partnerId: 'p1' })).toBe(750_000n);
  });

  it('never matches more than was parked: suspense cannot go negative', () => {
    const book = new LedgerBook();
    book.post(parkPaymentTransaction({ ...parked, amount: 100n }));
    expect(() => book.post(matchParkedPaymentTransaction({ ...parked, amount: 101n, escrowId: 'e1', orderId: 'o1' }))).toThrow('SUSPENSE_NEGATIVE');
    expect(book.balance({ type: 'SUSPENSE', paymentId: 'pay1' })).toBe(100n);
  });

  it('refuses non-positive amounts', () => {
    expect(() => parkPaymentTransaction({ ...parked, amount: 0n })).toThrow('INVALID_AMOUNT');
    expect(() => matchParkedPaymentTransaction({ ...parked, amount: -5n, escrowId: 'e1', orderId: 'o1' })).toThrow('INVALID_AMOUNT');
  });
});
