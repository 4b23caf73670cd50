import { ESCROW_STATES } from '@trustcircle/contracts';
import { escrowStateMachine } from './escrow-state-machine';

describe('escrowStateMachine', () => {
  it('covers every escrow state of the contract', () => {
    for (const s of ESCROW_STATES) expect(() => escrowStateMachine.isFinal(s)).not.toThrow();
  });

  it('never releases or refunds money that was never funded', () => {
    expect(escrowStateMachine.check('AWAITING_FUNDING', 'RELEASED', undefined).ok).toBe(false);
    expect(escrowStateMachine.check('AWAITING_FUNDING', 'REFUNDED', undefined).ok).toBe(false);
  });

  it('ends in paid out, refunded, expired or cancelled', () => {
    expect(escrowStateMachine.finalStates().sort()).toEqual(['CANCELLED', 'EXPIRED', 'PAID_OUT', 'REFUNDED']);
  });

  it('cannot be both released and refunded: no path leads from one to the other', () => {
    expect(escrowStateMachine.check('RELEASED', 'REFUNDED', undefined).ok).toBe(false);
    expect(escrowStateMachine.check('REFUNDED', 'RELEASED', undefined).ok).toBe(false);
  });
});
