import { closeWindow, latestClosableDate, shiftBusinessDate } from './settlement-close-schedule';

describe('settlement close schedule (Asia/Ho_Chi_Minh days, grace period)', () => {
  it('closes a day only once its Vietnamese midnight (17:00 UTC) plus the grace period has passed', () => {
    // 2026-11-28 (Vietnam) ends at 2026-11-28T17:00Z; with 60 minutes of grace it closes at 18:00Z.
    expect(latestClosableDate(new Date('2026-11-28T16:59:59.999Z'), 60)).toBe('2026-11-27');
    expect(latestClosableDate(new Date('2026-11-28T17:00:00.000Z'), 60)).toBe('2026-11-27');
    expect(latestClosableDate(new Date('2026-11-28T17:59:59.999Z'), 60)).toBe('2026-11-27');
    expect(latestClosableDate(new Date('2026-11-28T18:00:00.000Z'), 60)).toBe('2026-11-28');
  });

  it('applies the configured grace period, none included', () => {
    expect(latestClosableDate(new Date('2026-11-28T17:00:00.000Z'), 0)).toBe('2026-11-28');
    expect(latestClosableDate(new Date('2026-11-28T16:59:59.999Z'), 0)).toBe('2026-11-27');
    expect(latestClosableDate(new Date('2026-11-28T19:29:59.999Z'), 150)).toBe('2026-11-27');
    expect(latestClosableDate(new Date('2026-11-28T19:30:00.000Z'), 150)).toBe('2026-11-28');
  });

  it('crosses months and years, and leap days', () => {
    expect(latestClosableDate(new Date('2026-12-31T18:00:00.000Z'), 60)).toBe('2026-12-31');
    expect(latestClosableDate(new Date('2026-12-31T17:30:00.000Z'), 60)).toBe('2026-12-30');
    expect(shiftBusinessDate('2028-03-01', -1)).toBe('2028-02-29');
    expect(shiftBusinessDate('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('looks back seven business days, the latest closable included', () => {
    expect(closeWindow(new Date('2026-11-28T18:00:00.000Z'), 60)).toEqual({ fromDate: '2026-11-22', toDate: '2026-11-28' });
  });
});
