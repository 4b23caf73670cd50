import { formatVnd, parseVndInput } from './vnd';

describe(formatVnd.name, () => {
  it('prints whole VND with dots between thousands and the đồng sign', () => {
    expect(formatVnd(1_235_000)).toBe('1.235.000 ₫');
    expect(formatVnd(35_000)).toBe('35.000 ₫');
    expect(formatVnd(999)).toBe('999 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(9_007_199_254_740_991)).toBe('9.007.199.254.740.991 ₫');
  });

  it('never prints a wrong amount: fractions, negatives, unsafe numbers and nothing show a dash', () => {
    for (const bad of [12.5, -1, 2 ** 53, Number.NaN, null, undefined]) expect(formatVnd(bad)).toBe('—');
  });
});

describe(parseVndInput.name, () => {
  it('reads the ways a buyer types an amount', () => {
    expect(parseVndInput('300000')).toBe(300_000);
    expect(parseVndInput('300.000')).toBe(300_000);
    expect(parseVndInput('300,000')).toBe(300_000);
    expect(parseVndInput(' 1.250.000 ₫ ')).toBe(1_250_000);
    expect(parseVndInput('300 000đ')).toBe(300_000);
    expect(parseVndInput('300000 VND')).toBe(300_000);
  });

  it('refuses decimals, letters, misplaced separators and nothing', () => {
    for (const bad of ['', ' ', 'abc', '300.5', '30.00', '1.2345', '-300000', '3e5', '300k']) expect([bad, parseVndInput(bad)]).toEqual([bad, null]);
  });
});
