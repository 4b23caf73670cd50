import { clawbackLimit, clawbackRecoveryTransaction, clawbackTransaction } from './clawback-movements';
import { ledgerAccountCode } from './ledger-account';
import { LedgerError } from './ledger-error';
import { sidesTotal } from './ledger-transaction';

const cause = { escrowId: 'e-1', orderId: 'o-1', causeId: 'action-1', marketplaceId: 'm-1', sellerId: 'seller-1' };

describe('clawbackTransaction', () => {
  it('debits the seller receivable and credits the buyer refund payable, balanced, keyed by the action', () => {
    const tx = clawbackTransaction({ ...cause, amount: 300_000n });
    expect(tx.idempotencyKey).toBe('action-1:CLAWBACK');
    expect(tx.purpose).toBe('CLAWBACK');
    expect(tx.postings.map((p) => [ledgerAccountCode(p.account), p.side, p.amount])).toEqual([
      ['seller_receivable:m-1:seller-1', 'DEBIT', 300_000n],
      ['buyer_refund_payable:e-1', 'CREDIT', 300_000n],
    ]);
    expect(sidesTotal(tx.postings)).toEqual({ debits: 300_000n, credits: 300_000n });
  });

  it.each([0n, -1n])('refuses an amount of %s', (amount) => {
    expect(() => clawbackTransaction({ ...cause, amount })).toThrow(LedgerError);
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
  it('is what was released to the seller minus earlier claw-backs, never negative', () => {
    expect(clawbackLimit(980_000n, 0n)).toBe(980_000n);
    expect(clawbackLimit(980_000n, 300_000n)).toBe(680_000n);
    expect(clawbackLimit(980_000n, 980_000n)).toBe(0n);
    expect(clawbackLimit(100n, 200n)).toBe(0n);
  });
});
