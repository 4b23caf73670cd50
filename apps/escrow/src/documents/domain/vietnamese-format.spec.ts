import { formatVnd, vietnamHumanTime, vietnamIso } from './vietnamese-format';

describe('Vietnamese formats', () => {
  it('writes whole VND with dots between thousands and the đồng sign', () => {
    expect(formatVnd(1_235_000n)).toBe('1.235.000 ₫');
    expect(formatVnd(1_235_000)).toBe('1.235.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(999)).toBe('999 ₫');
    expect(formatVnd(9_007_199_254_740_991n)).toBe('9.007.199.254.740.991 ₫');
  });

  it('shows instants in Vietnam time (UTC+07:00, no daylight saving), ISO and human', () => {
    const at = new Date('2026-11-29T19:05:09.123Z');
    expect(vietnamIso(at)).toBe('2026-11-30T02:05:09+07:00');
    expect(vietnamHumanTime(at)).toBe('02:05:09 ngày 30/11/2026 (giờ Việt Nam)');
    expect(new Date(vietnamIso(at)).getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
  });
});
