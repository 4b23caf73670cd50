import { allocateOverPayments, AllocationError, coverable, type PaymentCapacity, sharesByPartner } from './payment-allocation';

const p = (paymentId: string, partnerId: string, capacity: bigint): PaymentCapacity => ({ paymentId, partnerId, partnerTxnId: `txn-${paymentId}`, capacity });

describe('allocateOverPayments', () => {
  it('takes the oldest payment first, capped at what is left of it', () => {
    const shares = allocateOverPayments(700_000n, [p('a', 'X', 400_000n), p('b', 'Y', 600_000n)]);
    expect(shares.map((s) => [s.payment.paymentId, s.amount])).toEqual([
      ['a', 400_000n],
      ['b', 300_000n],
    ]);
  });

  it('stops as soon as the amount is covered and skips exhausted payments', () => {
    const shares = allocateOverPayments(100n, [p('a', 'X', 0n), p('b', 'X', 150n), p('c', 'Y', 500n)]);
    expect(shares.map((s) => [s.payment.paymentId, s.amount])).toEqual([['b', 100n]]);
  });

  it('throws when the payments cannot cover the amount, or for a non-positive amount', () => {
    expect(() => allocateOverPayments(1_001n, [p('a', 'X', 1_000n)])).toThrow(AllocationError);
    expect(() => allocateOverPayments(0n, [p('a', 'X', 1_000n)])).toThrow(AllocationError);
    expect(() => allocateOverPayments(1n, [])).toThrow(AllocationError);
  });

  it('conserves the amount over many random splits', () => {
    for (let i = 0; i < 200; i++) {
      const payments = Array.from({ length: 1 + (i % 5) }, (_, k) => p(`p${k}`, `P${k % 2}`, BigInt(Math.floor(Math.random() * 1_000_000))));
      const total = payments.reduce((s, x) => s + x.capacity, 0n);
      if (total === 0n) continue;
      const amount = 1n + BigInt(Math.floor(Math.random() * Number(total)));
      const shares = allocateOverPayments(amount, payments);
      expect(shares.reduce((s, x) => s + x.amount, 0n)).toBe(amount);
      for (const s of shares) expect(s.amount <= s.payment.capacity && s.amount > 0n).toBe(true);
    }
  });
});

describe('sharesByPartner', () => {
  it('sums the shares of each partner, in order of first appearance', () => {
    const shares = allocateOverPayments(1_000n, [p('a', 'Y', 300n), p('b', 'X', 200n), p('c', 'Y', 900n)]);
    expect(sharesByPartner(shares)).toEqual([
      { partnerId: 'Y', amount: 800n },
      { partnerId: 'X', amount: 200n },
    ]);
  });
});

describe('coverable', () => {
  it('is the amount when the payments can carry it, else what they can (negative capacities count as none)', () => {
    const payments = [p('a', 'X', 300n), p('b', 'X', -5n), p('c', 'Y', 200n)];
    expect(coverable(400n, payments)).toBe(400n);
    expect(coverable(500n, payments)).toBe(500n);
    expect(coverable(900n, payments)).toBe(500n);
    expect(coverable(10n, [])).toBe(0n);
  });
});
