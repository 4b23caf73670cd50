import { courierTrustReport } from './courier-trust-report';
import { type TrustBucket, ZERO_COUNTS } from './trust-counts';
import { addDays } from './trust-day';
import { TrustHistory } from './trust-history';

const TODAY = '2026-11-29';
const THRESHOLDS = { onTimePct: 95, failedAttemptPct: 5, exceptionPct: 1, codRemittanceDays: 2 };
const bucket = (delivered: number, onTime = delivered): TrustBucket => ({
  counts: { ...ZERO_COUNTS, shipments: delivered, delivered, deliveredOnTime: onTime, attempts: delivered },
  latencyMinutes: new Map([[10, delivered]]),
  codAgeMinutes: new Map(),
});

describe('courierTrustReport', () => {
  // one delivery a day for the last 100 days (today included), each on time except 31 days ago (just outside 30 days)
  const buckets = new Map(Array.from({ length: 100 }, (_, i) => [addDays(TODAY, -i), bucket(1, i === 30 ? 0 : 1)] as const));
  const report = courierTrustReport({
    courier: { id: 'c-1', name: 'GHN' },
    now: new Date('2026-11-29T03:00:00Z'),
    today: TODAY,
    history: new TrustHistory(buckets),
    streak: { streakStart: '2026-10-01', judgedThrough: '2026-11-28' },
    thresholds: THRESHOLDS,
    minDelivered: 20,
  });

  it('answers 30 and 90 Vietnam days, today included; the late delivery of 30 days ago is only in the 90-day window', () => {
    expect(report.windows['30d']).toEqual({
      days: 30,
      from: '2026-10-31',
      to: TODAY,
      score: 100,
      parts: { onTimePct: 100, failedAttemptPct: 0, exceptionPct: 0, eventLatencyMinutes: 10, codRemittanceDays: null, shipments: 30, delivered: 30 },
    });
    // 89 of 90 on time: 98.9 %; score (40 × 89/90 + 20 + 20 + 10 × (1 − 10/240)) / 90 × 100 = 99.14 → 99
    expect(report.windows['90d']).toMatchObject({ days: 90, from: '2026-09-01', to: TODAY, score: 99, parts: { onTimePct: 98.9, shipments: 90, delivered: 90 } });
  });

  it('has a 90-day trend of the 30-day score, oldest first', () => {
    expect(report.trend).toHaveLength(90);
    expect(report.trend[0]?.day).toBe('2026-09-01');
    expect(report.trend[89]).toEqual({ day: TODAY, score30d: 100 });
    // the 30-day window ending 30 days ago includes the late delivery: (40 × 29/30 + 20 + 20 + 9.583) / 90 × 100 = 88.25 / 0.9 = 98.06 → 98
    expect(report.trend.find((p) => p.day === '2026-10-30')).toEqual({ day: '2026-10-30', score30d: 98 });
  });

  it('carries the label from the streak with its thresholds', () => {
    expect(report.label).toEqual({ safeDelivery: true, since: '2026-10-30', thresholds: THRESHOLDS });
    expect(report).toMatchObject({ kind: 'courier', id: 'c-1', name: 'GHN', asOf: '2026-11-29T03:00:00.000Z' });
  });
});
