import { ESCROW_STATES } from '@trustcircle/contracts';
import { CLOSED_STATES, escrowStateMachine, MONEY_HELD_STATES } from './escrow-state-machine';

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

  it('lets an underpaid escrow expire, and only money held be released or refunded', () => {
    expect(escrowStateMachine.check('UNDERPAID', 'EXPIRED', undefined).ok).toBe(true);
    for (const from of MONEY_HELD_STATES) expect(escrowStateMachine.check(from, 'RELEASED', undefined).ok).toBe(true);
    expect(escrowStateMachine.check('UNDERPAID', 'RELEASED', undefined).ok).toBe(false);
  });

  it('lists as closed exactly the states that can hold no money', () => {
    for (const s of CLOSED_STATES) expect(MONEY_HELD_STATES).not.toContain(s);
    expect([...CLOSED_STATES, ...MONEY_HELD_STATES, 'AWAITING_FUNDING', 'AWAITING_DELIVERY', 'UNDERPAID'].sort()).toEqual([...ESCROW_STATES].sort());
  });
});
