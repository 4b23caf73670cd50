import { medianTwice, mergeHistogram } from './median';

describe('medianTwice', () => {
  it('answers twice the exact median: the middle value, or the sum of the two middle ones', () => {
    expect(
      medianTwice(
        new Map([
          [5, 1],
          [60, 1],
          [120, 1],
        ]),
      ),
    ).toBe(120);
    expect(
      medianTwice(
        new Map([
          [120, 30],
          [5, 30],
        ]),
      ),
    ).toBe(125); // 62.5 minutes
    expect(medianTwice(new Map([[7, 4]]))).toBe(14);
    expect(
      medianTwice(
        new Map([
          [1, 1],
          [2, 1],
          [10, 2],
        ]),
      ),
    ).toBe(12); // 1, 2, 10, 10 → (2 + 10) / 2 = 6
  });

  it('is null with no sample', () => {
    expect(medianTwice(new Map())).toBeNull();
  });

  it('merges histograms value by value', () => {
    const into = new Map([[5, 2]]);
    mergeHistogram(
      into,
      new Map([
        [5, 1],
        [9, 4],
      ]),
    );
    expect([...into]).toEqual([
      [5, 3],
      [9, 4],
    ]);
  });
});
