import type { EscrowState } from '@trustcircle/contracts';
import { StateMachine } from '@trustcircle/kernel';

/**
 * The escrow's lifecycle (one escrow per order):
 *
 *   AWAITING_FUNDING → FUNDED → IN_INSPECTION → RELEASED → PAID_OUT
 *
 * with the side branches ON_HOLD (a dispute), REFUNDED / PARTIALLY_REFUNDED, UNDERPAID (waiting for a top-up),
 * EXPIRED (never funded) and CANCELLED. COD escrows open in AWAITING_DELIVERY and are funded by the courier's
 * remittance. Guards (money held, window open) are added by the use cases that own each move.
 */
export const escrowStateMachine = new StateMachine<EscrowState>({
  transitions: {
    AWAITING_FUNDING: ['FUNDED', 'UNDERPAID', 'EXPIRED', 'CANCELLED'],
    AWAITING_DELIVERY: ['IN_INSPECTION', 'FUNDED', 'CANCELLED'],
    UNDERPAID: ['FUNDED', 'EXPIRED', 'CANCELLED'],
    // FUNDED → RELEASED only by an operator's approved force release.
    FUNDED: ['IN_INSPECTION', 'ON_HOLD', 'RELEASED', 'REFUNDED', 'CANCELLED'],
    IN_INSPECTION: ['RELEASED', 'ON_HOLD', 'REFUNDED'],
    ON_HOLD: ['FUNDED', 'IN_INSPECTION', 'RELEASED', 'REFUNDED', 'PARTIALLY_REFUNDED'],
    RELEASED: ['PAID_OUT'],
    PARTIALLY_REFUNDED: ['PAID_OUT'],
    PAID_OUT: [],
    REFUNDED: [],
    EXPIRED: [],
    CANCELLED: [],
  },
});

/** States in which the escrow can hold money for the order (funded, not yet released or refunded). */
export const MONEY_HELD_STATES: readonly EscrowState[] = ['FUNDED', 'IN_INSPECTION', 'ON_HOLD'];

/** States in which the escrow is over: nothing is held any more (PAID_OUT, REFUNDED, EXPIRED, CANCELLED, and RELEASED / PARTIALLY_REFUNDED waiting for the payout). */
export const CLOSED_STATES: readonly EscrowState[] = ['RELEASED', 'PARTIALLY_REFUNDED', 'PAID_OUT', 'REFUNDED', 'EXPIRED', 'CANCELLED'];
