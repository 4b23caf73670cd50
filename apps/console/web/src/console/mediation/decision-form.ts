import { parseVndInput } from '../../format/vnd';
import { DECISION_OUTCOMES, type DecisionBody, type DecisionOutcome } from './mediation-types';

/** The decision form's inputs, as typed. */
export interface DecisionDraft {
  outcome: DecisionOutcome | '';
  /** "Refund amount (VND)": whole VND as typed (`400.000`, `400000 ₫`); used for a partial refund only. */
  amount: string;
  reasoning: string;
}

/** The radio buttons of the form, in the order shown (names the browser tests use). */
export const DECISION_OPTIONS: ReadonlyArray<{ value: DecisionOutcome; label: string }> = [
  { value: 'REFUND_FULL', label: 'Refund in full' },
  { value: 'REFUND_PARTIAL', label: 'Partial refund' },
  { value: 'RELEASE_TO_SELLER', label: 'Release to seller' },
  { value: 'RETURN_AND_REFUND', label: 'Return and refund' },
];

/** Longest reasoning the disputes service takes. */
export const MAX_REASONING = 2000;

export type DecisionCheck = { ok: true; body: DecisionBody } | { ok: false; errors: Partial<Record<'outcome' | 'amount' | 'reasoning', string>> };

/**
 * Checks a decision before it is sent, by the disputes service's rules (`DecisionRequest`): an outcome; a partial
 * refund carries a whole VND amount strictly between 0 and the order total (no amount for the other outcomes);
 * reasoning of 1–2000 characters (shown to both parties).
 */
export function checkDecision(draft: DecisionDraft, orderTotal: number): DecisionCheck {
  const errors: Partial<Record<'outcome' | 'amount' | 'reasoning', string>> = {};
  const outcome = (DECISION_OUTCOMES as readonly string[]).includes(draft.outcome) ? (draft.outcome as DecisionOutcome) : null;
  if (!outcome) errors.outcome = 'Choose an outcome.';
  let amount: number | undefined;
  if (outcome === 'REFUND_PARTIAL') {
    const parsed = draft.amount.trim() ? parseVndInput(draft.amount) : null;
    if (!draft.amount.trim()) errors.amount = 'Enter the amount to refund, in whole VND.';
    else if (parsed === null) errors.amount = 'Enter a whole number of VND (no decimals).';
    else if (parsed <= 0 || parsed >= orderTotal) errors.amount = 'A partial refund is more than 0 and less than the order total (otherwise refund in full).';
    else amount = parsed;
  }
  const reason = draft.reasoning.trim();
  if (!reason) errors.reasoning = 'Write the reasoning: both parties see it.';
  else if (reason.length > MAX_REASONING) errors.reasoning = `At most ${MAX_REASONING} characters.`;
  if (!outcome || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: amount === undefined ? { outcome, reason } : { outcome, amount, reason } };
}

/** Whether a dispute may be decided now: only an escalated dispute without an outcome. */
export function isDecidable(state: string, hasOutcome: boolean): boolean {
  return state === 'ESCALATED' && !hasOutcome;
}

/** Whether a mediator may still add a message: while the dispute is open. */
export function acceptsMessages(state: string): boolean {
  return !['RESOLVED', 'WITHDRAWN', 'CLOSED'].includes(state);
}
