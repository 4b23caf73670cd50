import fc from 'fast-check';
import { type ClawbackBasis, clawbackLimit, clawbackRecoveryTransaction, clawbackSplit, clawbackTransaction } from './clawback-movements';
import { type LedgerAccountRef, ledgerAccountCode } from './ledger-account';
import { LedgerBook } from './ledger-book';
import { LedgerError } from './ledger-error';
import { sidesTotal } from './ledger-transaction';
import { fundTransaction, partialRefundTransaction, releaseTransaction } from './money-movements';

const cause = { escrowId: 'e-1', orderId: 'o-1', causeId: 'action-1', marketplaceId: 'm-1', sellerId: 'seller-1' };
const lines = (tx: ReturnType<typeof clawbackTransaction>) => tx.postings.map((p) => [ledgerAccountCode(p.account), p.side, p.amount]);

/** The order of the bug report: 1,250,000 VND at 2%, released: 1,225,000 to the seller, 25,000 fee. */
const ORDER: ClawbackBasis = { releasedGross: 1_250_000n, feeTaken: 25_000n, clawedBackBefore: 0n, feeReturnedBefore: 0n };

describe('clawbackTransaction', () => {
  it('debits the seller receivable (seller share) and the fee revenue (fee share), credits the buyer the whole amount, keyed by the action', () => {
    const tx = clawbackTransaction({ ...cause, amount: 1_250_000n, feeShare: 25_000n });
    expect(tx.idempotencyKey).toBe('action-1:CLAWBACK');
    expect(tx.purpose).toBe('CLAWBACK');
    expect(lines(tx)).toEqual([
      ['seller_receivable:m-1:seller-1', 'DEBIT', 1_225_000n],
      ['platform_fee_revenue', 'DEBIT', 25_000n],
      ['buyer_refund_payable:e-1', 'CREDIT', 1_250_000n],
    ]);
    expect(sidesTotal(tx.postings)).toEqual({ debits: 1_250_000n, credits: 1_250_000n });
    expect(tx.metadata).toEqual({ marketplaceId: 'm-1', sellerId: 'seller-1', feeShare: '25000', sellerShare: '1225000' });
  });

  it('leaves out a zero fee share (no fee taken) and a zero seller share (a 100% fee)', () => {
    expect(lines(clawbackTransaction({ ...cause, amount: 300_000n, feeShare: 0n }))).toEqual([
      ['seller_receivable:m-1:seller-1', 'DEBIT', 300_000n],
      ['buyer_refund_payable:e-1', 'CREDIT', 300_000n],
    ]);
    expect(lines(clawbackTransaction({ ...cause, amount: 300_000n, feeShare: 300_000n }))).toEqual([
      ['platform_fee_revenue', 'DEBIT', 300_000n],
      ['buyer_refund_payable:e-1', 'CREDIT', 300_000n],
    ]);
  });

  it.each([0n, -1n])('refuses an amount of %s', (amount) => {
    expect(() => clawbackTransaction({ ...cause, amount, feeShare: 0n })).toThrow(LedgerError);
  });

  it.each([-1n, 300_001n])('refuses a fee share of %s (outside [0, amount])', (feeShare) => {
    expect(() => clawbackTransaction({ ...cause, amount: 300_000n, feeShare })).toThrow(LedgerError);
  });
});

describe('clawbackRecoveryTransaction', () => {
  it('moves the owed amount from a later payable of the seller to the receivable', () => {
    const tx = clawbackRecoveryTransaction({ ...cause, escrowId: 'e-2', causeId: 'release:e-2', amount: 100n });
    expect(tx.postings.map((p) => [ledgerAccountCode(p.account), p.side, p.amount])).toEqual([
      ['seller_payable:e-2', 'DEBIT', 100n],
      ['seller_receivable:m-1:seller-1', 'CREDIT', 100n],
    ]);
    expect(tx.idempotencyKey).toBe('release:e-2:CLAWBACK_RECOVERY');
  });
});

describe('clawbackLimit', () => {
  it('is what was released gross (seller + fee) minus earlier claw-backs (whole amounts), never negative', () => {
    expect(clawbackLimit(1_250_000n, 0n)).toBe(1_250_000n);
    expect(clawbackLimit(1_250_000n, 500_000n)).toBe(750_000n);
    expect(clawbackLimit(1_250_000n, 1_250_000n)).toBe(0n);
    expect(clawbackLimit(100n, 200n)).toBe(0n);
  });
});

describe('clawbackSplit', () => {
  it('returns the whole fee on a full claw-back: the buyer gets 1,250,000, the seller owes 1,225,000, the platform returns 25,000', () => {
    expect(clawbackSplit(1_250_000n, ORDER)).toEqual({ fee: 25_000n, seller: 1_225_000n });
  });

  it('returns the fee in proportion on a partial claw-back, rounded down: the fee share of the part refunded', () => {
    expect(clawbackSplit(500_000n, ORDER)).toEqual({ fee: 10_000n, seller: 490_000n });
    expect(clawbackSplit(49n, ORDER)).toEqual({ fee: 0n, seller: 49n }); // 0.98 VND rounds down
    expect(clawbackSplit(1n, { ...ORDER, feeTaken: 0n })).toEqual({ fee: 0n, seller: 1n });
  });

  it('gives the claw-back that reaches the limit the fee still unreturned: three thirds return exactly 25,000', () => {
    const first = clawbackSplit(416_667n, ORDER);
    expect(first).toEqual({ fee: 8_333n, seller: 408_334n }); // floor(8,333.34)
    const second = clawbackSplit(416_667n, { ...ORDER, clawedBackBefore: 416_667n, feeReturnedBefore: first.fee });
    expect(second).toEqual({ fee: 8_333n, seller: 408_334n }); // floor(16,666.68) − 8,333
    const last = clawbackSplit(416_666n, { ...ORDER, clawedBackBefore: 833_334n, feeReturnedBefore: first.fee + second.fee });
    expect(last).toEqual({ fee: 8_334n, seller: 408_332n });
    expect(first.fee + second.fee + last.fee).toBe(25_000n);
    expect(first.seller + second.seller + last.seller).toBe(1_225_000n);
  });

  it('never makes a share exceed its claw-back, even with a 50% fee and 1 VND claw-backs', () => {
    const basis = { releasedGross: 100n, feeTaken: 50n, clawedBackBefore: 0n, feeReturnedBefore: 0n };
    let sellerOwes = 0n;
    let feeReturned = 0n;
    for (let i = 0n; i < 100n; i++) {
      const s = clawbackSplit(1n, { ...basis, clawedBackBefore: i, feeReturnedBefore: feeReturned });
      expect(s.fee + s.seller).toBe(1n);
      sellerOwes += s.seller;
      feeReturned += s.fee;
      expect(sellerOwes <= 50n && feeReturned <= 50n).toBe(true); // never more than the seller received, nor the fee taken
    }
    expect([sellerOwes, feeReturned]).toEqual([50n, 50n]);
  });

  it('refuses an amount ≤ 0, above the limit, or a fee larger than the release', () => {
    expect(() => clawbackSplit(0n, ORDER)).toThrow(LedgerError);
    expect(() => clawbackSplit(1_250_001n, ORDER)).toThrow(LedgerError);
    expect(() => clawbackSplit(1n, { ...ORDER, clawedBackBefore: 1_250_000n, feeReturnedBefore: 25_000n })).toThrow(LedgerError);
    expect(() => clawbackSplit(1n, { ...ORDER, feeTaken: 1_250_001n })).toThrow(LedgerError);
  });
});

/**
 * Sequences on the ledger itself: an escrow funded, then released in full or partly refunded and the rest released
 * (fee only on the released part), then claw-backs of random sizes, each split from what the book says (as the
 * executor does from the ledger), the last one optionally taking everything left.
 */
describe('claw-back sequences (property)', () => {
  const ESCROW = 'escrow-1';
  const seller = { type: 'SELLER_RECEIVABLE', marketplaceId: 'm-1', sellerId: 'seller' } as const satisfies LedgerAccountRef;
  const payable = { type: 'SELLER_PAYABLE', escrowId: ESCROW, sellerId: 'seller' } as const satisfies LedgerAccountRef;
  const buyer = { type: 'BUYER_REFUND_PAYABLE', escrowId: ESCROW } as const satisfies LedgerAccountRef;
  const held = { type: 'HELD_FUNDS', escrowId: ESCROW } as const satisfies LedgerAccountRef;

  /** Entries of the escrow's transactions on the fee account, by side and whether a claw-back posted them. */
  const feeEntries = (book: LedgerBook, side: 'DEBIT' | 'CREDIT', clawback: boolean): bigint =>
    book.journal
      .filter((tx) => tx.escrowId === ESCROW && (tx.purpose === 'CLAWBACK') === clawback)
      .flatMap((tx) => tx.postings)
      .filter((p) => p.account.type === 'PLATFORM_FEE_REVENUE' && p.side === side)
      .reduce((s, p) => s + p.amount, 0n);

  it('returns floor(C × fee / released) after claw-backs totalling C, never more than the fee, all of it at the limit; money is conserved', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 50_000_000_000n }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.option(fc.bigInt({ min: 0n, max: 1n << 62n }), { nil: null }),
        fc.array(fc.bigInt({ min: 0n, max: 1n << 62n }), { maxLength: 12 }),
        fc.boolean(),
        (funded, feeBps, partialPick, picks, finish) => {
          const book = new LedgerBook();
          let seq = 0;
          const at = () => ({ escrowId: ESCROW, orderId: 'order-1', causeId: `cause-${seq++}` });
          book.post(fundTransaction({ ...at(), partnerId: 'p-1', amount: funded }));
          const refund = partialPick !== null && funded >= 2n ? 1n + (partialPick % (funded - 1n)) : 0n;
          if (refund > 0n) book.post(partialRefundTransaction({ ...at(), sellerId: 'seller', held: funded, refund, feeBps }));
          else book.post(releaseTransaction({ ...at(), sellerId: 'seller', amount: funded, feeBps }));

          const releasedToSeller = book.total(payable, 'CREDIT');
          const feeTaken = feeEntries(book, 'CREDIT', false);
          const releasedGross = releasedToSeller + feeTaken;
          expect(releasedGross).toBe(funded - refund);
          let clawed = 0n;
          const amounts = [...picks];
          if (finish) amounts.push(-1n); // the rest
          for (const pick of amounts) {
            const limit = clawbackLimit(releasedGross, clawed);
            if (limit === 0n) break;
            const amount = pick < 0n ? limit : 1n + (pick % limit);
            const feeReturnedBefore = feeEntries(book, 'DEBIT', true);
            const split = clawbackSplit(amount, { releasedGross, feeTaken, clawedBackBefore: book.total(buyer, 'CREDIT') - refund, feeReturnedBefore });
            expect(split.fee >= 0n && split.seller >= 0n && split.fee + split.seller === amount).toBe(true);
            const tx = clawbackTransaction({ ...at(), marketplaceId: 'm-1', sellerId: 'seller', amount, feeShare: split.fee });
            expect(book.post(tx).kind).toBe('posted');
            clawed += amount;
            // The running total of fee returned is the proportional share of all claw-backs so far, rounded down.
            const returned = feeEntries(book, 'DEBIT', true);
            expect(returned).toBe((clawed * feeTaken) / releasedGross);
            expect(returned <= feeTaken).toBe(true);
            expect(book.balance(seller) <= releasedToSeller).toBe(true);
          }

          // Conservation as the ledger check states it: funded + clawed back (seller receivable and fee revenue debits)
          //   = released (seller payable and fee revenue credits) + refunded + still held.
          const clawedBack = book.total(seller, 'DEBIT') + feeEntries(book, 'DEBIT', true);
          expect(clawedBack).toBe(clawed);
          expect(funded + clawedBack).toBe(releasedToSeller + feeTaken + book.total(buyer, 'CREDIT') + book.balance(held));
          expect(book.total(buyer, 'CREDIT')).toBe(refund + clawed);

          if (clawed === releasedGross) {
            // Everything clawed back: as if the money had been held and refunded in full (no fee, nothing to the seller).
            expect(feeEntries(book, 'DEBIT', true)).toBe(feeTaken);
            expect(book.balance(seller)).toBe(releasedToSeller);
            expect(book.balance({ type: 'PLATFORM_FEE_REVENUE' })).toBe(0n);
            expect(book.balance(buyer)).toBe(funded);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
