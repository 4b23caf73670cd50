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
    UNDERPAID: ['FUNDED', 'REFUNDED', 'CANCELLED'],
    FUNDED: ['IN_INSPECTION', 'ON_HOLD', 'REFUNDED', 'CANCELLED'],
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
