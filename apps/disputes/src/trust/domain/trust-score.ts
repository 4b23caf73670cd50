/**
 * The trust score of a window, from integer counts only. Every figure is exact until the edge: the score is one
 * round-half-up of an exact fraction, and each one-decimal part is one round-half-up of an exact fraction (no
 * floating point is stored or summed).
 */

/** What one window (or one daily bucket) counts for a subject. */
export interface TrustCounts {
  /** Orders placed (by `placedAt`, Vietnamese day). */
  orders: number;
  /** Disputes opened. */
  disputesOpened: number;
  /** Disputes whose merchant answer was settled: answered in time, or its deadline passed unanswered. */
  answerable: number;
  /** Of those, answered before the merchant response deadline. */
  answeredInTime: number;
  /** Default judgments: decided for the buyer because the merchant did not answer in time. */
  defaultJudgmentsLost: number;
  /** Disputes settled (see docs/disputes.md, "Trust scores"). */
  resolved: number;
}

/** No counts. */
export const ZERO_COUNTS: TrustCounts = { orders: 0, disputesOpened: 0, answerable: 0, answeredInTime: 0, defaultJudgmentsLost: 0, resolved: 0 };

/** The parts of a window as published (one decimal where fractional). */
export interface TrustParts {
  /** answeredInTime / answerable × 100, one decimal; null when no answer was due. */
  answeredInTimePct: number | null;
  /** The median time to resolution in hours, one decimal; null when none was settled. */
  medianResolutionHours: number | null;
  /** disputesOpened / orders × 1000, one decimal; null when no orders. */
  disputesPer1000Orders: number | null;
  defaultJudgmentsLost: number;
  orders: number;
  disputes: number;
}

/** The weights of the score's parts (sum 100) and their bounds. */
export const TRUST_SCORE_RULES = {
  answeredInTimeWeight: 40,
  disputeRateWeight: 30,
  defaultJudgmentsWeight: 20,
  resolutionTimeWeight: 10,
  /** Disputes per 1,000 orders at which the dispute-rate part is 0 (it is full at 0). */
  disputeRateZeroPer1000: 50,
  /** Median resolution at or under which the resolution-time part is full. */
  resolutionFullSeconds: 3 * 86_400,
  /** Median resolution at or over which the resolution-time part is 0 (linear in between). */
  resolutionZeroSeconds: 30 * 86_400,
} as const;

/** An exact non-negative fraction. */
type Fraction = readonly [num: bigint, den: bigint];

const ONE: Fraction = [1n, 1n];
const ZERO: Fraction = [0n, 1n];

const add = (a: Fraction, b: Fraction): Fraction => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
const times = (k: number, a: Fraction): Fraction => [BigInt(k) * a[0], a[1]];
const clamp01 = (a: Fraction): Fraction => (a[0] <= 0n ? ZERO : a[0] >= a[1] ? ONE : a);

/** `num / den` rounded half up to an integer (non-negative operands, den > 0). */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** `num / den` rounded half up to one decimal (the only rounding of a published part). */
export function oneDecimal(num: number, den: number): number {
  return Number(roundHalfUp(BigInt(num) * 10n, BigInt(den))) / 10;
}

/** The parts of a window: its counts and the median time to resolution in whole seconds (null when none). */
export function trustParts(c: TrustCounts, medianSeconds: number | null): TrustParts {
  return {
    answeredInTimePct: c.answerable === 0 ? null : oneDecimal(c.answeredInTime * 100, c.answerable),
    medianResolutionHours: medianSeconds === null ? null : oneDecimal(medianSeconds, 3600),
    disputesPer1000Orders: c.orders === 0 ? null : oneDecimal(c.disputesOpened * 1000, c.orders),
    defaultJudgmentsLost: c.defaultJudgmentsLost,
    orders: c.orders,
    disputes: c.disputesOpened,
  };
}

/**
 * The score 0–100 of a window, or null when it has fewer than `minOrders` orders (too little to judge):
 * round-half-up of
 *   40 × answeredInTime / answerable                      (1 when no answer was due)
 * + 30 × max(0, 1 − disputesPer1000Orders / 50)
 * + 20 × (1 − defaultJudgmentsLost / answerable)          (1 when no answer was due)
 * + 10 × clamp((30 days − median) / (30 days − 3 days))    (1 when none was settled)
 * computed as one exact fraction.
 */
export function trustScore(c: TrustCounts, medianSeconds: number | null, minOrders: number): number | null {
  if (c.orders < Math.max(1, minOrders)) return null;
  const r = TRUST_SCORE_RULES;
  const share = (n: number, d: number): Fraction => (d === 0 ? ONE : clamp01([BigInt(n), BigInt(d)]));
  const answered = share(c.answeredInTime, c.answerable);
  // 1 − (disputes / orders × 1000) / 50 = (orders × 50 − disputes × 1000) / (orders × 50)
  const rate = clamp01([BigInt(c.orders * r.disputeRateZeroPer1000 - c.disputesOpened * 1000), BigInt(c.orders * r.disputeRateZeroPer1000)]);
  const defaults = c.answerable === 0 ? ONE : clamp01([BigInt(c.answerable - c.defaultJudgmentsLost), BigInt(c.answerable)]);
  const span = r.resolutionZeroSeconds - r.resolutionFullSeconds;
  const speed = medianSeconds === null ? ONE : clamp01([BigInt(r.resolutionZeroSeconds - medianSeconds), BigInt(span)]);
  const total = [times(r.answeredInTimeWeight, answered), times(r.disputeRateWeight, rate), times(r.defaultJudgmentsWeight, defaults), times(r.resolutionTimeWeight, speed)].reduce(add);
  return Number(roundHalfUp(total[0], total[1]));
}
