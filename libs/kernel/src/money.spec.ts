import { basisPointsOf, toVnd, vndToWire } from './money';

describe('money', () => {
  it('converts whole amounts and refuses fractions', () => {
    expect(toVnd(1_235_000)).toBe(1_235_000n);
    expect(toVnd('9007199254740993')).toBe(9007199254740993n);
    expect(() => toVnd(10.5)).toThrow(RangeError);
    expect(() => toVnd('10.5')).toThrow(RangeError);
    expect(() => toVnd(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });

  it('refuses wire values outside the safe range', () => {
    expect(vndToWire(42n)).toBe(42);
    expect(() => vndToWire(2n ** 60n)).toThrow(RangeError);
  });

  it('takes basis points rounded down', () => {
    expect(basisPointsOf(999n, 250)).toBe(24n); // 24.975 → 24
    expect(basisPointsOf(1_000_000n, 0)).toBe(0n);
    expect(basisPointsOf(1_000_000n, 10_000)).toBe(1_000_000n);
    expect(() => basisPointsOf(1n, 10_001)).toThrow(RangeError);
    expect(() => basisPointsOf(1n, 2.5)).toThrow(RangeError);
  });
});
