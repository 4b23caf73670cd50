/**
 * What a dispute's move counts for its merchant's and marketplace's trust, decided from the move alone (pure):
 * - the merchant's answer is settled when the dispute leaves AWAITING_MERCHANT by the merchant's answer (in time:
 *   the API refuses an answer at or after the deadline) or by the deadline passing (a default judgment, always
 *   against the merchant: the buyer gets what was asked). A withdrawal before the answer settles nothing: no
 *   answer was needed any more;
 * - the dispute is settled ("resolved") when it first reaches an outcome: the money outcome decided (RESOLVED, or
 *   AWAITING_RETURN for a return-and-refund, whose return time is the buyer's), withdrawn, or closed by the buyer's
 *   silence. Completing a return later settles nothing again.
 */
export interface TrustEffect {
  answer: 'IN_TIME' | 'DEFAULT_JUDGMENT' | null;
  settled: boolean;
}

const MERCHANT_ANSWERS: readonly string[] = ['MERCHANT_ACCEPTED', 'MERCHANT_REJECTED', 'MERCHANT_OFFERED'];
const SETTLED_STATES: readonly string[] = ['RESOLVED', 'AWAITING_RETURN', 'WITHDRAWN', 'CLOSED'];

/** The effect of moving from `from` to `to` by `trigger` (state and trigger names of the dispute state machine). */
export function trustEffectOfMove(from: string, to: string, trigger: string): TrustEffect {
  const answer = from !== 'AWAITING_MERCHANT' ? null : MERCHANT_ANSWERS.includes(trigger) ? 'IN_TIME' : trigger === 'MERCHANT_DEADLINE_PASSED' ? 'DEFAULT_JUDGMENT' : null;
  return { answer, settled: from !== 'AWAITING_RETURN' && SETTLED_STATES.includes(to) };
}
