import { businessDateOf, businessDay, isBusinessDate } from './business-day';

describe('business day (Asia/Ho_Chi_Minh)', () => {
  it('runs from 00:00 +07:00 to the next 00:00 +07:00', () => {
    const d = businessDay('2026-11-28');
    expect([d.from.toISOString(), d.to.toISOString()]).toEqual(['2026-11-27T17:00:00.000Z', '2026-11-28T17:00:00.000Z']);
  });

  it('puts an instant on its Vietnamese date', () => {
    expect(businessDateOf(new Date('2026-11-27T16:59:59.999Z'))).toBe('2026-11-27');
    expect(businessDateOf(new Date('2026-11-27T17:00:00.000Z'))).toBe('2026-11-28');
  });

  it('accepts only real calendar days', () => {
    expect(['2026-11-28', '2028-02-29'].map(isBusinessDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-01', '28-11-2026', ''].map(isBusinessDate)).toEqual([false, false, false, false, false, false]);
    expect(() => businessDay('2026-02-30')).toThrow(RangeError);
  });
});
