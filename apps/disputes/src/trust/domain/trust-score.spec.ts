import { oneDecimal, roundHalfUp, type TrustCounts, trustParts, trustScore, ZERO_COUNTS } from './trust-score';

const DAY = 86_400;
const counts = (c: Partial<TrustCounts>): TrustCounts => ({ ...ZERO_COUNTS, ...c });

describe('trust score (integer arithmetic, one rounding)', () => {
  it('is 100 for orders and no dispute, parts without data counting in full', () => {
    expect(trustScore(counts({ orders: 100 }), null, 20)).toBe(100);
  });

  it('weights the four parts 40/30/20/10 and rounds the exact total once', () => {
    // 40 × 3/4 + 30 × (1 − 20/50) + 20 × (1 − 1/4) + 10 × (30 − 5)/27 = 30 + 18 + 15 + 9.259… = 72.259… → 72
    expect(trustScore(counts({ orders: 200, disputesOpened: 4, answerable: 4, answeredInTime: 3, defaultJudgmentsLost: 1 }), 5 * DAY, 20)).toBe(72);
    // 40 × 7/8 + 30 + 20 × 7/8 + 10 = 35 + 30 + 17.5 + 10 = 92.5 → 93 (half up)
    expect(trustScore(counts({ orders: 100, answerable: 8, answeredInTime: 7, defaultJudgmentsLost: 1 }), null, 20)).toBe(93);
  });

  it('takes the dispute-rate part to 0 at 50 per 1,000 orders and never below', () => {
    expect(trustScore(counts({ orders: 100, disputesOpened: 5 }), null, 1)).toBe(70);
    expect(trustScore(counts({ orders: 100, disputesOpened: 50 }), null, 1)).toBe(70);
    // 30 × (1 − 25/50) = 15 → 85
    expect(trustScore(counts({ orders: 200, disputesOpened: 5 }), null, 1)).toBe(85);
  });

  it('gives the resolution part in full up to 3 days, none from 30 days, linear between', () => {
    const c = counts({ orders: 100 });
    expect([3 * DAY, 3 * DAY + 1, 16.5 * DAY, 30 * DAY - 1, 30 * DAY, 40 * DAY].map((m) => trustScore(c, m, 1))).toEqual([100, 100, 95, 90, 90, 90]);
  });

  it('is null below the minimum of orders (at least one order always)', () => {
    expect([trustScore(counts({ orders: 19 }), null, 20), trustScore(counts({ orders: 20 }), null, 20), trustScore(ZERO_COUNTS, null, 0)]).toEqual([null, 100, null]);
  });
});

describe('trust parts (one decimal, half up, from integers)', () => {
  it('computes each part once from the counts', () => {
    expect(trustParts(counts({ orders: 80, disputesOpened: 1, answerable: 8, answeredInTime: 7, defaultJudgmentsLost: 1 }), 51 * 3600)).toEqual({
      answeredInTimePct: 87.5,
      medianResolutionHours: 51,
      disputesPer1000Orders: 12.5,
      defaultJudgmentsLost: 1,
      orders: 80,
      disputes: 1,
    });
  });

  it('is null where there is nothing to divide by', () => {
    expect(trustParts(counts({ disputesOpened: 2 }), null)).toEqual({ answeredInTimePct: null, medianResolutionHours: null, disputesPer1000Orders: null, defaultJudgmentsLost: 0, orders: 0, disputes: 2 });
  });

  it('rounds half up to one decimal', () => {
    expect([oneDecimal(100, 3), oneDecimal(200, 3), oneDecimal(180, 3600), oneDecimal(179, 3600), oneDecimal(0, 7)]).toEqual([33.3, 66.7, 0.1, 0, 0]);
    expect([roundHalfUp(5n, 2n), roundHalfUp(7n, 3n), roundHalfUp(8n, 3n)]).toEqual([3n, 2n, 3n]);
  });
});
