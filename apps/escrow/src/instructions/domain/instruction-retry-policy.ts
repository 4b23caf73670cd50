import type { InstructionFailureAction } from '@trustcircle/contracts';

/** The longest wait between two attempts of an instruction. */
export const MAX_RETRY_DELAY_MS = 24 * 3_600_000;

/** What follows a failed attempt: a retry after an exponential backoff, or escalation once attempts run out. */
export interface FailureOutcome {
  nextAction: InstructionFailureAction;
  /** When the next attempt is issued (RETRY only). */
  nextAttemptAt: Date | null;
}

/**
 * Attempt `attempt` (from 1) failed at `now`: retried after `baseDelayMs · 2^(attempt−1)` (at most a day) while
 * `attempt < maxAttempts`, else escalated to operators.
 */
export function afterFailure(attempt: number, maxAttempts: number, baseDelayMs: number, now: Date): FailureOutcome {
  if (attempt >= maxAttempts) return { nextAction: 'ESCALATED', nextAttemptAt: null };
  const delay = Math.min(MAX_RETRY_DELAY_MS, baseDelayMs * 2 ** (attempt - 1));
  return { nextAction: 'RETRY', nextAttemptAt: new Date(now.getTime() + delay) };
}
