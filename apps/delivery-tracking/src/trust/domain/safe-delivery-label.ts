import { addDays, daysBetween, type TrustDay } from './trust-day';
import type { TrustWindowFacts } from './trust-counts';

/** The thresholds of the safe-delivery label (integers, validated at boot). */
export interface SafeDeliveryThresholds {
  /** On-time deliveries, at least this percentage. */
  onTimePct: number;
  /** Failed delivery attempts, at most this percentage of attempts. */
  failedAttemptPct: number;
  /** Shipments with an exception, at most this percentage. */
  exceptionPct: number;
  /** Median COD remittance age, at most this many days. */
  codRemittanceDays: number;
}

/** Consecutive qualifying days that earn the label. */
export const SAFE_DELIVERY_DAYS = 30;

/**
 * Whether a day qualifies, judged on the 30-day window ending that day (exact integer comparisons, no rounding):
 * the window has a score (`scored`: enough deliveries), on time ≥ onTimePct, failed attempts ≤ failedAttemptPct of
 * attempts, exceptions ≤ exceptionPct of shipments, and, when the courier remitted COD in the window, the median
 * remittance age ≤ codRemittanceDays.
 */
export function dayQualifies(f: TrustWindowFacts, scored: boolean, t: SafeDeliveryThresholds): boolean {
  return (
    scored &&
    f.deliveredOnTime * 100 >= t.onTimePct * f.delivered &&
    f.failedAttempts * 100 <= t.failedAttemptPct * f.attempts &&
    f.exceptions * 100 <= t.exceptionPct * f.shipments &&
    (f.codAgeMedian2 === null || f.codAgeMedian2 <= t.codRemittanceDays * 2 * 1440)
  );
}

/** A courier's label state, kept incrementally: the first day of its current run of qualifying days, and the last day judged. */
export interface LabelStreak {
  streakStart: TrustDay | null;
  judgedThrough: TrustDay | null;
}

/** The streak after judging the next days, in order (each a day after `judgedThrough`). */
export function advanceStreak(state: LabelStreak, judged: ReadonlyArray<{ day: TrustDay; qualifies: boolean }>): LabelStreak {
  let { streakStart, judgedThrough } = state;
  for (const { day, qualifies } of judged) {
    if (judgedThrough !== null && day <= judgedThrough) continue;
    if (!qualifies) streakStart = null;
    else if (streakStart === null) streakStart = day;
    judgedThrough = day;
  }
  return { streakStart, judgedThrough };
}

/**
 * The label from the streak: carried once 30 consecutive days qualify; `since` is the 30th of them (the first day
 * the courier carried it).
 */
export function safeDeliveryLabel(state: LabelStreak): {
  safeDelivery: boolean;
  since: TrustDay | null;
} {
  const { streakStart, judgedThrough } = state;
  if (streakStart === null || judgedThrough === null || daysBetween(streakStart, judgedThrough) < SAFE_DELIVERY_DAYS - 1)
    return { safeDelivery: false, since: null };
  return {
    safeDelivery: true,
    since: addDays(streakStart, SAFE_DELIVERY_DAYS - 1),
  };
}
