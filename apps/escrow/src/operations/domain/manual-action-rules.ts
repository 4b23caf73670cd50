import type { EscrowState, ManualActionKind } from '@trustcircle/contracts';

/** A manual action's life: proposed by one admin, then approved (and executed) or rejected by another. */
export const MANUAL_ACTION_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED'] as const;
export type ManualActionStatus = (typeof MANUAL_ACTION_STATUSES)[number];

/** Why an operator may not decide a proposal. */
export type DecisionRefusal = 'SAME_OPERATOR' | 'ALREADY_DECIDED';

/** Escrow states holding money: a force release or refund applies only there. */
const MONEY_HELD: readonly EscrowState[] = ['FUNDED', 'IN_INSPECTION', 'ON_HOLD'];
/** Escrow states after a release: a claw-back applies only there. */
const RELEASED: readonly EscrowState[] = ['RELEASED', 'PARTIALLY_REFUNDED', 'PAID_OUT'];

/**
 * Why `deciderId` may not approve or reject the proposal, or null if they may: the four-eyes rule (never the
 * proposer) and one decision per proposal. The caller has already checked the decider is an admin.
 */
export function decisionRefusal(action: { status: ManualActionStatus; proposedBy: string }, deciderId: string): DecisionRefusal | null {
  if (action.status !== 'PROPOSED') return 'ALREADY_DECIDED';
  if (action.proposedBy === deciderId) return 'SAME_OPERATOR';
  return null;
}

/** Whether a manual action of `kind` applies to an escrow in `state` (a correcting entry applies in any state). */
export function kindAppliesIn(kind: ManualActionKind, state: EscrowState): boolean {
  switch (kind) {
    case 'FORCE_RELEASE':
    case 'FORCE_REFUND':
      return MONEY_HELD.includes(state);
    case 'CLAWBACK':
      return RELEASED.includes(state);
    case 'CORRECTING_ENTRY':
      return true;
  }
}

/** The states in which `kind` applies, for error messages. */
export function statesFor(kind: ManualActionKind): string {
  if (kind === 'CLAWBACK') return RELEASED.join(', ');
  if (kind === 'CORRECTING_ENTRY') return 'any state';
  return MONEY_HELD.join(', ');
}
