import { afterLateRefund, fallbackLateMoney, lateMoneyRule, splitLateMoney } from './late-money';

const at = new Date('2026-11-28T03:00:00.000Z');
const dispute = '3f0c9a52-6a1e-4f57-9d2b-6b1f0e6c2a10';

describe('lateMoneyRule', () => {
  it('after a release: everything later goes to the seller, with the release’s reason', () => {
    expect(lateMoneyRule({ kind: 'RELEASED', reason: 'INSPECTION_WINDOW_ELAPSED' }, null, 1_000_000n, at)).toEqual({
      refundDue: '0',
      refundReason: null,
      releaseReason: 'INSPECTION_WINDOW_ELAPSED',
      disputeId: null,
      decidedAt: at.toISOString(),
    });
  });

  it('after a full refund: everything later goes to the buyer', () => {
    const rule = lateMoneyRule({ kind: 'REFUNDED', reason: 'DISPUTE_OUTCOME', refunded: 400_000n, owed: null }, dispute, 1_000_000n, at);
    expect(rule).toMatchObject({ refundDue: '600000', refundReason: 'DISPUTE_OUTCOME', releaseReason: null, disputeId: dispute });
    expect(splitLateMoney(600_000n, rule)).toEqual({ refund: 600_000n, release: 0n });
  });

  it('after a partial outcome larger than what was held: the buyer gets the rest owed first, the seller the remainder', () => {
    // REFUND_PARTIAL 300,000 decided with 200,000 held: 200,000 refunded now, 100,000 still owed.
    const rule = lateMoneyRule({ kind: 'REFUNDED', reason: 'DISPUTE_OUTCOME', refunded: 200_000n, owed: 300_000n }, dispute, 1_000_000n, at);
    expect(rule).toMatchObject({ refundDue: '100000', refundReason: 'DISPUTE_OUTCOME', releaseReason: 'DISPUTE_OUTCOME' });
    expect(splitLateMoney(50_000n, rule)).toEqual({ refund: 50_000n, release: 0n });
    const next = afterLateRefund(rule, 50_000n);
    expect(next.refundDue).toBe('50000');
    expect(splitLateMoney(750_000n, next)).toEqual({ refund: 50_000n, release: 700_000n });
    expect(splitLateMoney(10_000n, afterLateRefund(next, 50_000n))).toEqual({ refund: 0n, release: 10_000n });
  });

  it('after a partial outcome smaller than what was held: everything later goes to the seller', () => {
    const rule = lateMoneyRule({ kind: 'PARTIALLY_REFUNDED', reason: 'DISPUTE_OUTCOME' }, dispute, 1_000_000n, at);
    expect(rule).toMatchObject({ refundDue: '0', refundReason: 'DISPUTE_OUTCOME', releaseReason: 'DISPUTE_OUTCOME' });
    expect(splitLateMoney(400_000n, rule)).toEqual({ refund: 0n, release: 400_000n });
  });

  it('never owes less than nothing', () => {
    expect(lateMoneyRule({ kind: 'REFUNDED', reason: 'DISPUTE_OUTCOME', refunded: 500_000n, owed: 300_000n }, dispute, 1_000_000n, at).refundDue).toBe('0');
    expect(afterLateRefund(lateMoneyRule({ kind: 'RELEASED', reason: 'OPERATOR' }, null, 1n, at), 5n).refundDue).toBe('0');
  });
});

describe('splitLateMoney', () => {
  it('always splits the line exactly: refund + release = amount', () => {
    const rules = [
      lateMoneyRule({ kind: 'RELEASED', reason: 'RECEIPT_CONFIRMED' }, null, 1_000_000n, at),
      lateMoneyRule({ kind: 'REFUNDED', reason: 'OPERATOR', refunded: 0n, owed: null }, null, 1_000_000n, at),
      lateMoneyRule({ kind: 'REFUNDED', reason: 'DISPUTE_OUTCOME', refunded: 0n, owed: 333_333n }, dispute, 1_000_000n, at),
    ];
    for (const rule of rules) {
      for (const amount of [1n, 333_333n, 333_334n, 1_000_000n]) {
        const { refund, release } = splitLateMoney(amount, rule);
        expect(refund + release).toBe(amount);
        expect(refund >= 0n && release >= 0n).toBe(true);
      }
    }
  });
});

describe('fallbackLateMoney', () => {
  it('refunds for a refunded escrow and releases otherwise', () => {
    expect(splitLateMoney(10n, fallbackLateMoney('REFUNDED', at))).toEqual({ refund: 10n, release: 0n });
    expect(splitLateMoney(10n, fallbackLateMoney('PAID_OUT', at))).toEqual({ refund: 0n, release: 10n });
  });
});
