import { addDays, daysBetween, vnDay } from './trust-days';
import { type TrustCounts, ZERO_COUNTS } from './trust-score';
import { BUCKET_DAYS_READ, sumWindow, trendDays, windowEnding } from './trust-windows';

const bucket = (c: Partial<TrustCounts>): TrustCounts => ({ ...ZERO_COUNTS, ...c });

describe('trust days and windows (Asia/Ho_Chi_Minh)', () => {
  it('reads the Vietnamese day of an instant (UTC+7)', () => {
    expect([vnDay(new Date('2026-11-29T16:59:59.999Z')), vnDay(new Date('2026-11-29T17:00:00.000Z')), vnDay(new Date('2026-01-01T00:00:00Z'))]).toEqual(['2026-11-29', '2026-11-30', '2026-01-01']);
  });

  it('moves across months, years and leap days', () => {
    expect([addDays('2028-02-28', 1), addDays('2028-03-01', -1), addDays('2026-12-31', 1), addDays('2026-11-29', -29)]).toEqual(['2028-02-29', '2028-02-29', '2027-01-01', '2026-10-31']);
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysBetween('2026-12-30', '2026-12-29')).toEqual([]);
  });

  it('spans windows ending today, today included', () => {
    expect(windowEnding('2026-11-29', 30)).toEqual({ from: '2026-10-31', to: '2026-11-29' });
    expect(windowEnding('2026-11-29', 90)).toEqual({ from: '2026-09-01', to: '2026-11-29' });
  });

  it('sums the buckets inside the window only', () => {
    const buckets = new Map([
      ['2026-10-30', bucket({ orders: 100 })], // the day before the 30-day window
      ['2026-10-31', bucket({ orders: 1, disputesOpened: 1 })], // its first day
      ['2026-11-29', bucket({ orders: 2, answerable: 1, answeredInTime: 1, resolved: 1 })], // its last day
      ['2026-11-30', bucket({ orders: 1000 })], // after it
    ]);
    expect(sumWindow(buckets, '2026-11-29', 30)).toEqual({ orders: 3, disputesOpened: 1, answerable: 1, answeredInTime: 1, defaultJudgmentsLost: 0, resolved: 1 });
    expect(sumWindow(buckets, '2026-11-29', 90).orders).toBe(103);
    expect(sumWindow(new Map(), '2026-11-29', 30)).toEqual(ZERO_COUNTS);
  });

  it('plots 90 days, oldest first, whose first 30-day window needs 119 days of buckets', () => {
    const days = trendDays('2026-11-29');
    expect([days.length, days[0], days[89]]).toEqual([90, '2026-09-01', '2026-11-29']);
    expect(windowEnding(days[0], 30).from).toBe(addDays('2026-11-29', -(BUCKET_DAYS_READ - 1)));
  });
});
