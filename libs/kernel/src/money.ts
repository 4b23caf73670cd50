/**
 * Money is whole Vietnamese đồng. In memory it is a `bigint`; on the wire a safe integer; in PostgreSQL a
 * `bigint` column. No floating-point arithmetic ever touches an amount.
 */
export type Vnd = bigint;

/** Converts a wire amount (safe integer) or a database string to bigint, refusing anything fractional. */
export function toVnd(value: number | string | bigint): Vnd {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole VND amount: ${value}`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new RangeError(`not a whole VND amount: ${value}`);
  return BigInt(value);
}

/** Converts a bigint amount to a wire number, refusing values outside the safe-integer range. */
export function vndToWire(value: Vnd): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount out of safe range: ${value}`);
  }
  return Number(value);
}

/** `amount × bps / 10 000`, rounded down to whole VND (fees never round up against the seller). */
export function basisPointsOf(amount: Vnd, bps: number): Vnd {
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) throw new RangeError(`basis points out of range: ${bps}`);
  if (amount < 0n) throw new RangeError('amount must not be negative');
  return (amount * BigInt(bps)) / 10_000n;
}
