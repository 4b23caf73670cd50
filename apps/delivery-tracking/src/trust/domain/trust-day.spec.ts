import { addDays, daysBetween, vnDayOf } from './trust-day';

describe('Vietnam trust days', () => {
  it('cuts days at midnight in Asia/Ho_Chi_Minh (17:00 UTC)', () => {
    expect(vnDayOf(new Date('2026-11-28T16:59:59.999Z'))).toBe('2026-11-28');
    expect(vnDayOf(new Date('2026-11-28T17:00:00.000Z'))).toBe('2026-11-29');
  });

  it('adds days across months and years, and counts days between', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(29);
    expect(daysBetween('2026-11-30', '2026-11-01')).toBe(-29);
  });
});
