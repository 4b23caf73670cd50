import { addDays, daysUpTo, minuteStart, vnDay } from './vn-calendar';

describe('the read model calendar (Asia/Ho_Chi_Minh)', () => {
  it('puts an instant on its Vietnamese day: 17:00 UTC is already midnight in Hà Nội', () => {
    expect(vnDay(new Date('2026-11-29T16:59:59.999Z'))).toBe('2026-11-29');
    expect(vnDay(new Date('2026-11-29T17:00:00.000Z'))).toBe('2026-11-30');
    expect(vnDay(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysUpTo('2026-03-02', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('floors an instant to its minute', () => {
    expect(minuteStart(new Date('2026-11-29T14:30:59.999Z')).toISOString()).toBe('2026-11-29T14:30:00.000Z');
    expect(minuteStart(new Date('2026-11-29T14:31:00.000Z')).toISOString()).toBe('2026-11-29T14:31:00.000Z');
  });
});
