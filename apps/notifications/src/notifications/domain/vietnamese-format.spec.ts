import { formatVnd, formatVnTime } from './vietnamese-format';

describe('Vietnamese formats', () => {
  it('formats VND with dots and the đồng sign', () => {
    expect(formatVnd(1_235_000)).toBe('1.235.000 ₫');
    expect(formatVnd(0n)).toBe('0 ₫');
  });

  it('shows times in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(formatVnTime(new Date('2026-11-28T14:30:00Z'))).toBe('21:30 28/11/2026');
    expect(formatVnTime(new Date('2026-12-31T17:05:00Z'))).toBe('00:05 01/01/2027');
  });
});
