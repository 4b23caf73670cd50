import type { DisputeOutcome } from '@trustcircle/contracts';
import { StateMachine } from '@trustcircle/kernel';

/**
 * Where a dispute stands (disputes' own vocabulary; not on the wire yet):
 * - `AWAITING_MERCHANT`: opened; the marketplace's first response is due (silence: default judgment for the buyer);
 * - `OFFER_PENDING`: the marketplace offered a partial refund; the buyer accepts or declines (silence: escalated);
 * - `AWAITING_BUYER_ESCALATION`: the marketplace rejected; the buyer may escalate (silence: closed for the seller);
 * - `ESCALATED`: in the mediators' queue; a missed mediator deadline is flagged, the state stays;
 * - `AWAITING_RETURN`: resolved as RETURN_AND_REFUND; waiting for the return shipment to be delivered;
 * - `RESOLVED`: the money outcome is final (a refund in full or in part, or a mediator's release to the seller);
 * - `WITHDRAWN`: the buyer withdrew; the hold lifts;
 * - `CLOSED`: ended in the seller's favour by the buyer's silence (no escalation after a rejection, or no return
 *   shipped in time).
 */
export type DisputeState =
  | 'AWAITING_MERCHANT'
  | 'OFFER_PENDING'
  | 'AWAITING_BUYER_ESCALATION'
  | 'ESCALATED'
  | 'AWAITING_RETURN'
  | 'RESOLVED'
  | 'WITHDRAWN'
  | 'CLOSED';

/** Every dispute state, in lifecycle order. */
export const DISPUTE_STATES: readonly DisputeState[] = [
  'AWAITING_MERCHANT',
  'OFFER_PENDING',
  'AWAITING_BUYER_ESCALATION',
  'ESCALATED',
  'AWAITING_RETURN',
  'RESOLVED',
  'WITHDRAWN',
  'CLOSED',
];

/**
 * What moves a dispute: an action of a party, or a deadline falling due. The mediator's own deadline is not a
 * trigger: a breach is flagged and the dispute stays ESCALATED (see `dispute-deadlines.ts`).
 */
export type DisputeTrigger =
  | 'MERCHANT_ACCEPTED'
  | 'MERCHANT_REJECTED'
  | 'MERCHANT_OFFERED'
  | 'BUYER_ACCEPTED_OFFER'
  | 'BUYER_DECLINED_OFFER'
  | 'BUYER_ESCALATED'
  | 'BUYER_WITHDREW'
  | 'MEDIATOR_DECIDED'
  | 'RETURN_DELIVERED'
  | 'MERCHANT_DEADLINE_PASSED'
  | 'BUYER_ESCALATION_DEADLINE_PASSED'
  | 'OFFER_DEADLINE_PASSED'
  | 'RETURN_DEADLINE_PASSED';

/** What a transition's guards see: the trigger, and the money outcome when the trigger resolves the dispute. */
export interface DisputeTransitionContext {
  trigger: DisputeTrigger;
  /** The money outcome decided by this move (ACCEPT / default judgment: what was asked; mediator: decided). */
  outcome?: DisputeOutcome | null;
}

/** Triggers that decide a money outcome; they lead to AWAITING_RETURN for RETURN_AND_REFUND, else RESOLVED. */
const RESOLVING: readonly DisputeTrigger[] = ['MERCHANT_ACCEPTED', 'MERCHANT_DEADLINE_PASSED', 'MEDIATOR_DECIDED'];

/**
 * For each trigger, the states it applies in and where it leads. A resolving trigger's target depends on the
 * outcome (see {@link nextDisputeState}); here it is RESOLVED.
 *
 * Decisions: a buyer's explicit decline of an offer escalates at once (as silence does; an explicit "no" must not
 * leave the buyer worse off than silence). The buyer may withdraw at any time before a money outcome is decided,
 * including from the mediators' queue, never after. A mediator's RELEASE_TO_SELLER is RESOLVED (a decision),
 * while CLOSED is kept for endings by the buyer's silence.
 */
export const DISPUTE_TRIGGERS: { readonly [T in DisputeTrigger]: { readonly from: readonly DisputeState[]; readonly to: DisputeState } } = {
  MERCHANT_ACCEPTED: { from: ['AWAITING_MERCHANT'], to: 'RESOLVED' },
  MERCHANT_REJECTED: { from: ['AWAITING_MERCHANT'], to: 'AWAITING_BUYER_ESCALATION' },
  MERCHANT_OFFERED: { from: ['AWAITING_MERCHANT'], to: 'OFFER_PENDING' },
  MERCHANT_DEADLINE_PASSED: { from: ['AWAITING_MERCHANT'], to: 'RESOLVED' },
  BUYER_ACCEPTED_OFFER: { from: ['OFFER_PENDING'], to: 'RESOLVED' },
  BUYER_DECLINED_OFFER: { from: ['OFFER_PENDING'], to: 'ESCALATED' },
  OFFER_DEADLINE_PASSED: { from: ['OFFER_PENDING'], to: 'ESCALATED' },
  BUYER_ESCALATED: { from: ['AWAITING_BUYER_ESCALATION'], to: 'ESCALATED' },
  BUYER_ESCALATION_DEADLINE_PASSED: { from: ['AWAITING_BUYER_ESCALATION'], to: 'CLOSED' },
  BUYER_WITHDREW: { from: ['AWAITING_MERCHANT', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'ESCALATED'], to: 'WITHDRAWN' },
  MEDIATOR_DECIDED: { from: ['ESCALATED'], to: 'RESOLVED' },
  RETURN_DELIVERED: { from: ['AWAITING_RETURN'], to: 'RESOLVED' },
  RETURN_DEADLINE_PASSED: { from: ['AWAITING_RETURN'], to: 'CLOSED' },
};

/**
 * The dispute lifecycle:
 *
 *   AWAITING_MERCHANT ─ACCEPT / silence─▶ RESOLVED (or AWAITING_RETURN ─return delivered─▶ RESOLVED)
 *        │ OFFER_PARTIAL ─▶ OFFER_PENDING ─accepted─▶ RESOLVED; declined / silence ─▶ ESCALATED
 *        │ REJECT ─▶ AWAITING_BUYER_ESCALATION ─escalate─▶ ESCALATED ─decision─▶ RESOLVED / AWAITING_RETURN
 *        │                                     └─silence─▶ CLOSED        AWAITING_RETURN ─no return─▶ CLOSED
 *   any state before a money outcome ─withdraw─▶ WITHDRAWN
 *
 * Guards: the trigger must apply in the current state and lead to the target (`TRIGGER_NOT_ALLOWED`); a resolving
 * trigger needs an outcome (`OUTCOME_REQUIRED`), RETURN_AND_REFUND goes to AWAITING_RETURN and any other outcome to
 * RESOLVED (`OUTCOME_MISMATCH`); the merchant and default judgment can only give what a buyer may ask for, never
 * RELEASE_TO_SELLER (`OUTCOME_NOT_ALLOWED`).
 */
export const disputeStateMachine = new StateMachine<DisputeState, DisputeTransitionContext>({
  transitions: {
    AWAITING_MERCHANT: ['RESOLVED', 'AWAITING_RETURN', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'WITHDRAWN'],
    OFFER_PENDING: ['RESOLVED', 'ESCALATED', 'WITHDRAWN'],
    AWAITING_BUYER_ESCALATION: ['ESCALATED', 'CLOSED', 'WITHDRAWN'],
    ESCALATED: ['RESOLVED', 'AWAITING_RETURN', 'WITHDRAWN'],
    AWAITING_RETURN: ['RESOLVED', 'CLOSED'],
    RESOLVED: [],
    WITHDRAWN: [],
    CLOSED: [],
  },
  guards: [
    (from, to, { trigger, outcome }) => {
      const rule = DISPUTE_TRIGGERS[trigger];
      if (!rule.from.includes(from)) return 'TRIGGER_NOT_ALLOWED';
      const expected = RESOLVING.includes(trigger) && outcome === 'RETURN_AND_REFUND' ? 'AWAITING_RETURN' : rule.to;
      return expected === to ? undefined : 'TRIGGER_NOT_ALLOWED';
    },
    (_from, to, { trigger, outcome }) => {
      if (!RESOLVING.includes(trigger)) return undefined;
      if (!outcome) return 'OUTCOME_REQUIRED';
      if (trigger !== 'MEDIATOR_DECIDED' && outcome === 'RELEASE_TO_SELLER') return 'OUTCOME_NOT_ALLOWED';
      return (outcome === 'RETURN_AND_REFUND') === (to === 'AWAITING_RETURN') ? undefined : 'OUTCOME_MISMATCH';
    },
  ],
});

/**
 * Where `trigger` takes a dispute in `from` (with the outcome it decides, for ACCEPT, a default judgment or a
 * mediator's decision), or the refusal's error code: `DISPUTE_FINISHED` (a final state), `TRIGGER_NOT_ALLOWED`
 * (not in this state, e.g. a stale deadline or a second answer), or a guard's code. Pure; the caller records the
 * matching event.
 */
export function nextDisputeState(
  from: DisputeState,
  context: DisputeTransitionContext,
): { ok: true; to: DisputeState } | { ok: false; code: string } {
  const rule = DISPUTE_TRIGGERS[context.trigger];
  const to = RESOLVING.includes(context.trigger) && context.outcome === 'RETURN_AND_REFUND' ? 'AWAITING_RETURN' : rule.to;
  if (disputeStateMachine.isFinal(from)) return { ok: false, code: 'DISPUTE_FINISHED' };
  if (!rule.from.includes(from)) return { ok: false, code: 'TRIGGER_NOT_ALLOWED' };
  const check = disputeStateMachine.check(from, to, context);
  return check.ok ? { ok: true, to } : check;
}

/** States in which the dispute is not over (the non-final states): at most one such dispute per order. */
export const OPEN_DISPUTE_STATES: readonly DisputeState[] = ['AWAITING_MERCHANT', 'OFFER_PENDING', 'AWAITING_BUYER_ESCALATION', 'ESCALATED', 'AWAITING_RETURN'];
