import { formatVnTime, timeLeft } from './vn-time';

describe(formatVnTime.name, () => {
  it('prints the instant in Asia/Ho_Chi_Minh (UTC+7), 24-hour clock, day first', () => {
    expect(formatVnTime('2026-11-30T14:30:00.000Z')).toBe('21:30 30/11/2026');
    expect(formatVnTime('2026-12-31T20:05:00Z')).toBe('03:05 01/01/2027');
    expect(formatVnTime('2026-11-30T21:30:00+07:00')).toBe('21:30 30/11/2026');
  });

  it('shows a dash for no time or a malformed one', () => {
    expect(formatVnTime(null)).toBe('—');
    expect(formatVnTime('')).toBe('—');
    expect(formatVnTime('tomorrow')).toBe('—');
  });
});

describe(timeLeft.name, () => {
  const now = Date.parse('2026-11-30T00:00:00Z');

  it('counts whole days, hours and minutes, rounded down', () => {
    expect(timeLeft('2026-12-02T05:30:59Z', now)).toEqual({ passed: false, days: 2, hours: 5, minutes: 30 });
    expect(timeLeft('2026-11-30T00:00:59Z', now)).toEqual({ passed: false, days: 0, hours: 0, minutes: 0 });
  });

  it('says a deadline at or before now has passed', () => {
    expect(timeLeft('2026-11-30T00:00:00Z', now).passed).toBe(true);
    expect(timeLeft('2026-11-29T23:00:00Z', now)).toEqual({ passed: true, days: 0, hours: 0, minutes: 0 });
    expect(timeLeft('not a time', now).passed).toBe(true);
  });
});
