import type { ShipmentStatus } from '@trustcircle/contracts';

/** A courier's own status code, translated: the canonical status, or EXCEPTION flagged `unmapped`. */
export interface NativeStatus {
  status: ShipmentStatus;
  /** The code, exactly as the courier sent it (as text). */
  rawStatus: string;
  /** No mapping for this code: EXCEPTION, flagged `UNMAPPED_STATUS` for operators, raw code kept. */
  unmapped: boolean;
}

/** Text a courier sends empty or blank means "nothing": null. */
export function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A whole VND amount from a courier's JSON number (validated upstream); null when absent. */
export function codOf(value: number | null | undefined): bigint | null {
  if (value === undefined || value === null) return null;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`COD amount ${value} is not a whole, non-negative VND amount`);
  return BigInt(value);
}
