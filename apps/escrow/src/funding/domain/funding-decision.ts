import type { EscrowState, PaymentMatch } from '@trustcircle/contracts';
import type { Vnd } from '@trustcircle/kernel';
import { escrowStateMachine } from '../../escrow/domain/escrow-state-machine';

/** The escrow states in which a payment counts toward funding. */
const AWAITING_FUNDING: readonly EscrowState[] = ['AWAITING_FUNDING', 'UNDERPAID'];

/** What the escrow knows when a payment arrives. */
export interface FundingInput {
  state: EscrowState;
  expected: Vnd;
  /** Paid before this payment (earlier payments of the escrow). */
  paidBefore: Vnd;
  /** This payment (> 0). */
  amount: Vnd;
}

/** How a payment is applied to its escrow. */
export interface FundingDecision {
  match: PaymentMatch;
  /** The state to move the escrow to, or null to leave it where it is. */
  nextState: EscrowState | null;
  /** The escrow's state after the payment. */
  stateAfter: EscrowState;
  /** Everything paid, this payment included. */
  totalPaid: Vnd;
  /** Still missing after this payment (0 unless UNDERPAID). */
  shortfall: Vnd;
  /** The part of this payment beyond what the escrow expects, to be refunded (0 unless OVERPAID). */
  excess: Vnd;
  /** Whether the escrow becomes funded with this payment (`escrow.escrow-funded`). */
  funds: boolean;
}

/**
 * Applies a payment to an escrow (pure). While the escrow awaits funding (AWAITING_FUNDING, UNDERPAID), the
 * total paid decides: equal → EXACT and FUNDED; below → UNDERPAID (waits for a top-up); above → OVERPAID and
 * FUNDED, the part beyond the total is excess. In any other state (already funded, COD, closed) the whole
 * payment is excess and the escrow does not move.
 */
export function decideFunding(i: FundingInput): FundingDecision {
  const totalPaid = i.paidBefore + i.amount;
  if (!AWAITING_FUNDING.includes(i.state)) {
    return { match: 'OVERPAID', nextState: null, stateAfter: i.state, totalPaid, shortfall: 0n, excess: i.amount, funds: false };
  }
  if (totalPaid < i.expected) {
    const nextState = i.state === 'UNDERPAID' ? null : move(i.state, 'UNDERPAID');
    return { match: 'UNDERPAID', nextState, stateAfter: 'UNDERPAID', totalPaid, shortfall: i.expected - totalPaid, excess: 0n, funds: false };
  }
  const nextState = move(i.state, 'FUNDED');
  const excess = totalPaid - i.expected;
  return { match: excess === 0n ? 'EXACT' : 'OVERPAID', nextState, stateAfter: nextState, totalPaid, shortfall: 0n, excess, funds: true };
}

function move(from: EscrowState, to: EscrowState): EscrowState {
  escrowStateMachine.assert(from, to);
  return to;
}
