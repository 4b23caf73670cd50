import fc from 'fast-check';
import { LEDGER_ACCOUNT_TYPES, NORMAL_SIDE } from './ledger-account';
import { LedgerBook } from './ledger-book';
import { LedgerError } from './ledger-error';
import { type LedgerTransaction, sidesTotal } from './ledger-transaction';
import { fundTransaction, partialRefundTransaction, refundTransaction, releaseTransaction } from './money-movements';

/**
 * Conservation at the ledger level: random sequences of funding (with top-ups), duplicate deliveries of earlier
 * facts, partial refunds, releases, refunds and stale racers (a release or refund attempted after the escrow
 * closed) over a few escrows. A tiny escrow model plays the use cases' guards; the ledger alone must keep
 * every escrow's money conserved and refuse what would overdraw held funds.
 */
type Op =
  | { kind: 'fund'; escrow: number; amount: bigint }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'release'; escrow: number }
  | { kind: 'refund'; escrow: number }
  | { kind: 'partialRefund'; escrow: number; pick: bigint }
  | { kind: 'staleRacer'; escrow: number; release: boolean };

type Phase = 'AWAITING' | 'FUNDED' | 'RELEASED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';
const ESCROWS = 3;
const FEE_BPS = [0, 1, 250, 999, 10_000];

const escrowArb = fc.integer({ min: 0, max: ESCROWS - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('fund' as const), escrow: escrowArb, amount: fc.bigInt({ min: 1n, max: 50_000_000_000n }) }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('release' as const), escrow: escrowArb }),
  fc.record({ kind: fc.constant('refund' as const), escrow: escrowArb }),
  fc.record({ kind: fc.constant('partialRefund' as const), escrow: escrowArb, pick: fc.bigInt({ min: 0n, max: 1n << 62n }) }),
  fc.record({ kind: fc.constant('staleRacer' as const), escrow: escrowArb, release: fc.boolean() }),
);

describe('ledger conservation (property)', () => {
  it('funded = paid out + fee + refunded per escrow, held ends at 0 when closed, and every transaction balances', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.constantFrom(...FEE_BPS), (ops, feeBps) => {
        const book = new LedgerBook();
        const phase: Phase[] = Array.from({ length: ESCROWS }, () => 'AWAITING');
        const fundedByFacts = Array.from({ length: ESCROWS }, () => 0n);
        const delivered: LedgerTransaction[] = [];
        let seq = 0;
        const cause = (i: number) => ({ escrowId: `escrow-${i}`, orderId: `order-${i}`, causeId: `event-${seq++}` });
        const held = (i: number) => book.balance({ type: 'HELD_FUNDS', escrowId: `escrow-${i}` });
        const post = (tx: LedgerTransaction) => {
          delivered.push(tx);
          return book.post(tx);
        };

        for (const op of ops) {
          switch (op.kind) {
            case 'fund':
              if (phase[op.escrow] !== 'AWAITING' && phase[op.escrow] !== 'FUNDED') break;
              expect(post(fundTransaction({ ...cause(op.escrow), partnerId: 'partner-1', amount: op.amount })).kind).toBe('posted');
              fundedByFacts[op.escrow] += op.amount;
              phase[op.escrow] = 'FUNDED';
              break;
            case 'duplicate': {
              if (delivered.length === 0) break;
              const before = book.journal.length;
              expect(book.post(delivered[op.pick % delivered.length]).kind).toBe('duplicate');
              expect(book.journal.length).toBe(before);
              break;
            }
            case 'release':
              if (phase[op.escrow] !== 'FUNDED') break;
              post(releaseTransaction({ ...cause(op.escrow), sellerId: 'seller', amount: held(op.escrow), feeBps }));
              phase[op.escrow] = 'RELEASED';
              break;
            case 'refund':
              if (phase[op.escrow] !== 'FUNDED') break;
              post(refundTransaction({ ...cause(op.escrow), amount: held(op.escrow) }));
              phase[op.escrow] = 'REFUNDED';
              break;
            case 'partialRefund': {
              const h = held(op.escrow);
              if (phase[op.escrow] !== 'FUNDED' || h < 2n) break;
              post(partialRefundTransaction({ ...cause(op.escrow), sellerId: 'seller', held: h, refund: 1n + (op.pick % (h - 1n)), feeBps }));
              phase[op.escrow] = 'PARTIALLY_REFUNDED';
              break;
            }
            case 'staleRacer': {
              if (phase[op.escrow] === 'AWAITING' || phase[op.escrow] === 'FUNDED') break;
              const amount = fundedByFacts[op.escrow];
              const tx = op.release ? releaseTransaction({ ...cause(op.escrow), sellerId: 'seller', amount, feeBps }) : refundTransaction({ ...cause(op.escrow), amount });
              expect(() => book.post(tx)).toThrow(LedgerError);
              break;
            }
          }
        }

        // Every transaction balances, and so does the whole ledger (trial balance).
        for (const tx of book.journal) {
          const { debits, credits } = sidesTotal(tx.postings);
          expect(debits).toBe(credits);
        }
        const debitNormal = LEDGER_ACCOUNT_TYPES.filter((t) => NORMAL_SIDE[t] === 'DEBIT');
        expect(debitNormal).toEqual(['PARTNER_CLEARING', 'SELLER_RECEIVABLE']); // no claw-back here: only the clearing holds debits
        let creditNormalTotal = 0n;
        for (let i = 0; i < ESCROWS; i++) {
          const escrowId = `escrow-${i}`;
          const funded = book.total({ type: 'HELD_FUNDS', escrowId }, 'CREDIT');
          const paidOut = book.balance({ type: 'SELLER_PAYABLE', escrowId, sellerId: 'seller' });
          const refunded = book.balance({ type: 'BUYER_REFUND_PAYABLE', escrowId });
          const fee = book.journal
            .filter((tx) => tx.escrowId === escrowId)
            .flatMap((tx) => tx.postings)
            .filter((p) => p.account.type === 'PLATFORM_FEE_REVENUE')
            .reduce((s, p) => s + p.amount, 0n);
          expect(funded).toBe(fundedByFacts[i]); // duplicates never fund twice
          expect(funded).toBe(paidOut + fee + refunded + held(i));
          expect(held(i) >= 0n).toBe(true);
          if (phase[i] !== 'AWAITING' && phase[i] !== 'FUNDED') expect(held(i)).toBe(0n);
          const closing = book.journal.filter((tx) => tx.escrowId === escrowId && tx.purpose !== 'FUND');
          expect(closing.length).toBeLessThanOrEqual(1); // never released in full AND refunded in full
          expect(paidOut > 0n && refunded === funded && funded > 0n).toBe(false);
          creditNormalTotal += held(i) + paidOut + refunded;
        }
        creditNormalTotal += book.balance({ type: 'PLATFORM_FEE_REVENUE' });
        expect(book.balance({ type: 'PARTNER_CLEARING', partnerId: 'partner-1' })).toBe(creditNormalTotal);
      }),
      { numRuns: 400 },
    );
  });
});
