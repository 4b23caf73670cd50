import { labelText, merchantTrustId, partRows, scoreBand, scoreText, shortDay, trendChange, trendChangeText, trendPoints, trustPaths } from './trust-figures';
import type { TrustReport, TrustWindow } from './trust-types';

const disputeWindow = (days: 30 | 90, over: Partial<TrustWindow['parts']> = {}): TrustWindow => ({
  days,
  from: '2026-10-31',
  to: '2026-11-29',
  score: 82,
  parts: {
    answeredInTimePct: 87.5,
    medianResolutionHours: 30,
    disputesPer1000Orders: 12.3,
    defaultJudgmentsLost: 1,
    orders: 1625,
    disputes: 20,
    ...over,
  },
});

const merchant = (trend: TrustReport['trend'] = []): TrustReport => ({
  kind: 'merchant',
  id: 'shopmall:S-1',
  marketplaceId: 'shopmall',
  sellerId: 'S-1',
  asOf: '2026-11-29T10:00:00.000Z',
  windows: {
    '30d': disputeWindow(30),
    '90d': disputeWindow(90, {
      answeredInTimePct: null,
      defaultJudgmentsLost: 4,
      orders: 4800,
    }),
  },
  trend,
  label: null,
});

describe('trust figures', () => {
  it('reads a score in bands, and says when there is too little to judge', () => {
    expect([scoreBand(100), scoreBand(80), scoreBand(79), scoreBand(60), scoreBand(59), scoreBand(0), scoreBand(null)]).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
      'unjudged',
    ]);
    expect(scoreText(82)).toBe('82 / 100');
    expect(scoreText(null)).toBe('Not enough history');
  });

  it('lays both windows side by side in operators’ words, a dash where a part could not be measured', () => {
    expect(partRows(merchant())).toEqual([
      {
        label: 'Complaints answered before the deadline',
        d30: '87.5 %',
        d90: '—',
      },
      { label: 'Median time to resolution', d30: '30 h', d90: '30 h' },
      { label: 'Complaints per 1,000 orders', d30: '12.3', d90: '12.3' },
      { label: 'Default judgments lost', d30: '1', d90: '4' },
      { label: 'Orders', d30: '1,625', d90: '4,800' },
      { label: 'Complaints', d30: '20', d90: '20' },
    ]);
  });

  it('shows a courier’s parts and its label', () => {
    const w = (days: 30 | 90): TrustWindow => ({
      days,
      from: '2026-10-31',
      to: '2026-11-29',
      score: 91,
      parts: {
        onTimePct: 96.4,
        failedAttemptPct: 2,
        exceptionPct: 0.5,
        eventLatencyMinutes: 4,
        codRemittanceDays: 1.5,
        shipments: 1000,
        delivered: 980,
      },
    });
    const courier: TrustReport = {
      ...merchant(),
      kind: 'courier',
      id: 'ghn',
      windows: { '30d': w(30), '90d': w(90) },
    };
    expect(partRows(courier).map((r) => r.d30)).toEqual(['96.4 %', '2 %', '0.5 %', '4 min', '1.5 days', '1,000', '980']);
    const thresholds = {
      onTimePct: 95,
      failedAttemptPct: 5,
      exceptionPct: 1,
      codRemittanceDays: 2,
    };
    expect(labelText({ safeDelivery: true, since: '2026-10-30', thresholds })).toBe(
      'Safe delivery since 30/10/2026 (on time ≥ 95 %, failed attempts ≤ 5 %, exceptions ≤ 1 %, COD remitted within 2 days, every day for 30 days)',
    );
    expect(labelText({ safeDelivery: false, since: null, thresholds })).toMatch(/^Not labelled safe delivery \(needs on time ≥ 95 %/);
  });

  it('plots every day of the trend, a gap where the score was not judged', () => {
    expect(
      trendPoints(
        merchant([
          { day: '2026-11-28', score30d: null },
          { day: '2026-11-29', score30d: 80 },
        ]),
      ),
    ).toEqual([
      { day: '2026-11-28', label: '28/11', score: null },
      { day: '2026-11-29', label: '29/11', score: 80 },
    ]);
    expect(shortDay('2027-01-05')).toBe('05/01');
  });

  it('says how the score moved over the last 30 days of the trend', () => {
    const days = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 9, 21 + i)).toISOString().slice(0, 10));
    const trend = days.map((day, i) => ({
      day,
      score30d: i < 5 ? null : 60 + Math.floor(i / 2),
    }));
    // the last day (index 39) scores 79; 30 days before it (index 9) scored 64
    expect(trendChange(merchant(trend))).toEqual({ points: 15, days: 30 });
    expect(trendChangeText({ points: 15, days: 30 })).toBe('Up 15 points over 30 days');
    expect(trendChangeText({ points: -1, days: 30 })).toBe('Down 1 point over 30 days');
    expect(trendChangeText({ points: 0, days: 30 })).toBe('Unchanged over 30 days');
    // too short a history: no trend
    expect(trendChange(merchant(trend.slice(20)))).toBeNull();
    expect(trendChangeText(null)).toBe('No trend yet');
  });

  it('names a merchant by its marketplace and seller id, and links reports', () => {
    expect(merchantTrustId('shopmall', 'S-1')).toBe('shopmall:S-1');
    expect(trustPaths.report('merchant', 'shopmall:S 1')).toBe('/console/trust/merchant/shopmall%3AS%201');
  });
});
