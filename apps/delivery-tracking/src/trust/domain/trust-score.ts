import type { TrustWindowFacts } from './trust-counts';

/** The public parts of a window, rounded once to one decimal (percentages 0–100, minutes, days). */
export interface TrustParts {
  onTimePct: number | null;
  failedAttemptPct: number | null;
  exceptionPct: number | null;
  eventLatencyMinutes: number | null;
  codRemittanceDays: number | null;
  shipments: number;
  delivered: number;
}

/** Weights of the score's parts (they sum to 100). */
export const SCORE_WEIGHTS = Object.freeze({
  onTime: 40,
  failedAttempts: 20,
  exceptions: 20,
  eventLatency: 10,
  codRemittance: 10,
});
/** A failed-attempt rate of 20 % (or more) scores 0 on that part: 5 points of the part lost per point of rate. */
export const FAILED_ATTEMPT_ZERO_PCT = 20;
/** An exception rate of 10 % (or more) scores 0 on that part. */
export const EXCEPTION_ZERO_PCT = 10;
/** A median event latency of 240 minutes (or more) scores 0 on that part. */
export const LATENCY_ZERO_MINUTES = 240;
/** A median COD remittance age of 7 days (or more) scores 0 on that part. */
export const COD_ZERO_DAYS = 7;

const MINUTES_PER_DAY = 1440;

/** `n / d` as a number with one decimal, rounded once (half away from zero); null when `d` is 0. */
export function oneDecimal(n: number, d: number): number | null {
  if (d === 0) return null;
  return Math.round((n * 10) / d) / 10;
}

/** The public parts of a window's facts. */
export function trustParts(f: TrustWindowFacts): TrustParts {
  return {
    onTimePct: oneDecimal(f.deliveredOnTime * 100, f.delivered),
    failedAttemptPct: oneDecimal(f.failedAttempts * 100, f.attempts),
    exceptionPct: oneDecimal(f.exceptions * 100, f.shipments),
    eventLatencyMinutes: f.latencyMedian2 === null ? null : oneDecimal(f.latencyMedian2, 2),
    codRemittanceDays: f.codAgeMedian2 === null ? null : oneDecimal(f.codAgeMedian2, 2 * MINUTES_PER_DAY),
    shipments: f.shipments,
    delivered: f.delivered,
  };
}

/**
 * The courier's score, 0–100, from a window's exact facts (not the rounded parts); null below `minDelivered`
 * deliveries. Each part scores 0..1: on time = on-time share; failed attempts = 1 − rate / 20 %; exceptions =
 * 1 − rate / 10 %; event latency = 1 − median / 240 min; COD remittance = 1 − median / 7 days (each floored at
 * 0). The score is the weighted mean (40/20/20/10/10) over the parts that have data, × 100, rounded once.
 */
export function trustScore(f: TrustWindowFacts, minDelivered: number): number | null {
  if (f.delivered === 0 || f.delivered < minDelivered) return null;
  const parts: Array<[weight: number, score: number | null]> = [
    [SCORE_WEIGHTS.onTime, f.deliveredOnTime / f.delivered],
    [SCORE_WEIGHTS.failedAttempts, f.attempts === 0 ? null : 1 - (f.failedAttempts * 100) / (f.attempts * FAILED_ATTEMPT_ZERO_PCT)],
    [SCORE_WEIGHTS.exceptions, f.shipments === 0 ? null : 1 - (f.exceptions * 100) / (f.shipments * EXCEPTION_ZERO_PCT)],
    [SCORE_WEIGHTS.eventLatency, f.latencyMedian2 === null ? null : 1 - f.latencyMedian2 / (2 * LATENCY_ZERO_MINUTES)],
    [SCORE_WEIGHTS.codRemittance, f.codAgeMedian2 === null ? null : 1 - f.codAgeMedian2 / (2 * COD_ZERO_DAYS * MINUTES_PER_DAY)],
  ];
  let weighted = 0;
  let weights = 0;
  for (const [weight, score] of parts) {
    if (score === null) continue;
    weighted += weight * Math.max(0, score);
    weights += weight;
  }
  // the epsilon keeps a value a float error below x.5 from rounding down
  return Math.round((weighted * 100) / weights + 1e-9);
}
