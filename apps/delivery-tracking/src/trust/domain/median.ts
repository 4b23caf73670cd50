/** A histogram of integer samples: value → how many samples have it. */
export type Histogram = ReadonlyMap<number, number>;

/**
 * Twice the exact median of a histogram's samples (an integer: the sum of the two middle values, or twice the
 * middle one), so a half never needs a float; null when there is no sample.
 */
export function medianTwice(h: Histogram): number | null {
  let total = 0;
  for (const n of h.values()) total += n;
  if (total === 0) return null;
  const lowIndex = Math.floor((total - 1) / 2);
  const highIndex = Math.floor(total / 2);
  let low: number | null = null;
  let seen = 0;
  for (const value of [...h.keys()].sort((a, b) => a - b)) {
    seen += h.get(value) ?? 0;
    if (low === null && seen > lowIndex) low = value;
    if (seen > highIndex) return (low ?? value) + value;
  }
  return null;
}

/** Adds `from` into `into` (value by value). */
export function mergeHistogram(into: Map<number, number>, from: Histogram): void {
  for (const [value, n] of from) into.set(value, (into.get(value) ?? 0) + n);
}
