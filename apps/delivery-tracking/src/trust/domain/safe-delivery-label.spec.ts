import { advanceStreak, dayQualifies, safeDeliveryLabel } from './safe-delivery-label';
import type { TrustWindowFacts } from './trust-counts';
import { addDays } from './trust-day';

const THRESHOLDS = {
  onTimePct: 95,
  failedAttemptPct: 5,
  exceptionPct: 1,
  codRemittanceDays: 2,
};
const good: TrustWindowFacts = {
  shipments: 100,
  exceptions: 1,
  delivered: 100,
  deliveredOnTime: 95,
  attempts: 100,
  failedAttempts: 5,
  latencyMedian2: 30,
  codAgeMedian2: 2 * 2 * 1440,
};

describe('dayQualifies', () => {
  it('holds exactly at every threshold', () => {
    expect(dayQualifies(good, true, THRESHOLDS)).toBe(true);
  });

  it.each([
    ['on time below 95 %', { deliveredOnTime: 94 }],
    ['failed attempts above 5 %', { failedAttempts: 6 }],
    ['exceptions above 1 %', { exceptions: 2 }],
    ['COD remittance median above 2 days (by a minute)', { codAgeMedian2: 2 * (2 * 1440 + 1) }],
  ])('fails with %s', (_what, change) => {
    expect(dayQualifies({ ...good, ...change }, true, THRESHOLDS)).toBe(false);
  });

  it('needs a score (enough deliveries); no COD remittance is no COD judgment', () => {
    expect(dayQualifies(good, false, THRESHOLDS)).toBe(false);
    expect(dayQualifies({ ...good, codAgeMedian2: null }, true, THRESHOLDS)).toBe(true);
  });
});

describe('the safe-delivery streak and label', () => {
  const days = (from: string, n: number, qualifies = true) => Array.from({ length: n }, (_, i) => ({ day: addDays(from, i), qualifies }));

  it('is earned on the 30th qualifying day in a row, and says since that day', () => {
    const s29 = advanceStreak({ streakStart: null, judgedThrough: null }, days('2026-10-01', 29));
    expect(s29).toEqual({
      streakStart: '2026-10-01',
      judgedThrough: '2026-10-29',
    });
    expect(safeDeliveryLabel(s29)).toEqual({
      safeDelivery: false,
      since: null,
    });
    const s30 = advanceStreak(s29, days('2026-10-30', 1));
    expect(safeDeliveryLabel(s30)).toEqual({
      safeDelivery: true,
      since: '2026-10-30',
    });
    expect(safeDeliveryLabel(advanceStreak(s30, days('2026-10-31', 20)))).toEqual({ safeDelivery: true, since: '2026-10-30' });
  });

  it('is lost on one bad day, and the next streak starts over', () => {
    const before = advanceStreak({ streakStart: null, judgedThrough: null }, days('2026-10-01', 40));
    const bad = advanceStreak(before, [{ day: '2026-11-10', qualifies: false }]);
    expect(safeDeliveryLabel(bad)).toEqual({
      safeDelivery: false,
      since: null,
    });
    const again = advanceStreak(bad, days('2026-11-11', 30));
    expect(again.streakStart).toBe('2026-11-11');
    expect(safeDeliveryLabel(again)).toEqual({
      safeDelivery: true,
      since: '2026-12-10',
    });
  });

  it('judges a day once: days already judged are skipped', () => {
    const state = advanceStreak({ streakStart: '2026-10-01', judgedThrough: '2026-10-10' }, [{ day: '2026-10-05', qualifies: false }]);
    expect(state).toEqual({
      streakStart: '2026-10-01',
      judgedThrough: '2026-10-10',
    });
  });
});
