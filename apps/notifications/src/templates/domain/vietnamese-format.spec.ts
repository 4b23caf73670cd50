import { formatVnd, formatVnTime, isVnTimeInput, lookupUrl } from './vietnamese-format';

describe('formatVnd', () => {
  it.each<[bigint | number, string]>([
    [0, '0 ₫'],
    [0n, '0 ₫'],
    [7, '7 ₫'],
    [999, '999 ₫'],
    [1_000, '1.000 ₫'],
    [1_000n, '1.000 ₫'],
    [24_700, '24.700 ₫'],
    [1_235_000, '1.235.000 ₫'],
    [1_235_000n, '1.235.000 ₫'],
    [10_000_000_000_000, '10.000.000.000.000 ₫'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 ₫'],
    [2n ** 53n - 1n, '9.007.199.254.740.991 ₫'],
    [2n ** 64n, '18.446.744.073.709.551.616 ₫'],
  ])('%p → %p', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });

  it('refuses fractions, unsafe numbers and negative amounts (a bug, never a wrong amount)', () => {
    expect(() => formatVnd(1_235_000.5)).toThrow(RangeError);
    expect(() => formatVnd(0.1 + 0.2)).toThrow(RangeError);
    expect(() => formatVnd(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
    expect(() => formatVnd(-1)).toThrow(RangeError);
    expect(() => formatVnd(-1n)).toThrow(RangeError);
    expect(() => formatVnd('1235000' as unknown as number)).toThrow(TypeError);
  });

  it('writes whole amounts as the walking skeleton did', () => {
    expect([0, 1_000, 1_235_000, 987_654_321].map((a) => formatVnd(a))).toEqual(['0 ₫', '1.000 ₫', '1.235.000 ₫', '987.654.321 ₫']);
  });
});

describe('formatVnTime (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it.each<[string, string]>([
    ['2026-11-30T14:30:00.000Z', '21:30 30/11/2026'],
    // Midnight in Vietnam is 17:00 UTC the day before: the date changes.
    ['2026-11-29T17:00:00.000Z', '00:00 30/11/2026'],
    ['2026-12-31T17:00:00.000Z', '00:00 01/01/2027'],
    // 23:59 in Vietnam; seconds are cut, never rounded up into the next day.
    ['2026-11-30T16:59:00.000Z', '23:59 30/11/2026'],
    ['2026-11-30T16:59:59.999Z', '23:59 30/11/2026'],
    ['2026-11-30T17:00:00.000Z', '00:00 01/12/2026'],
    // Midnight UTC is 07:00 in Vietnam, same date.
    ['2026-12-01T00:00:00.000Z', '07:00 01/12/2026'],
    ['2026-12-01T23:59:00Z', '06:59 02/12/2026'],
    ['2026-12-01T06:59:00+07:00', '06:59 01/12/2026'],
    ['2026-12-01T00:00-05:00', '12:00 01/12/2026'],
  ])('%s → %s', (iso, text) => {
    expect(formatVnTime(iso)).toBe(text);
    expect(formatVnTime(new Date(iso))).toBe(text);
  });

  it('refuses a time without its zone, or no time at all', () => {
    expect(() => formatVnTime('2026-11-30T14:30:00')).toThrow(RangeError);
    expect(() => formatVnTime('2026-11-30')).toThrow(RangeError);
    expect(() => formatVnTime('tomorrow')).toThrow(RangeError);
    expect(() => formatVnTime(new Date(Number.NaN))).toThrow(RangeError);
    expect(isVnTimeInput('2026-11-30T14:30:00Z')).toBe(true);
    expect(isVnTimeInput('2026-11-30T14:30:00')).toBe(false);
    expect(isVnTimeInput('2026-13-45T14:30:00Z')).toBe(false);
    expect(isVnTimeInput(1_764_513_000_000)).toBe(false);
  });

  it('writes times as the walking skeleton did', () => {
    expect(['2026-11-28T14:30:00Z', '2026-12-31T17:05:00Z', '2026-11-30T16:59:00Z'].map((i) => formatVnTime(i))).toEqual(['21:30 28/11/2026', '00:05 01/01/2027', '23:59 30/11/2026']);
  });
});

describe('lookupUrl', () => {
  it('is the portal lookup page, whatever trailing slashes the portal URL has', () => {
    expect(lookupUrl('https://trustcircle.vn')).toBe('https://trustcircle.vn/tra-cuu');
    expect(lookupUrl('https://trustcircle.vn/')).toBe('https://trustcircle.vn/tra-cuu');
    expect(lookupUrl('http://localhost:3000//')).toBe('http://localhost:3000/tra-cuu');
    expect(() => lookupUrl('trustcircle.vn')).toThrow(TypeError);
  });
});
