import { StateMachine, TransitionRefused } from './state-machine';

type S = 'OPEN' | 'HELD' | 'CLOSED';
const machine = new StateMachine<S, { amount: number }>({
  transitions: { OPEN: ['HELD', 'CLOSED'], HELD: ['CLOSED'], CLOSED: [] },
  guards: [(_from, to, ctx) => (to === 'HELD' && ctx.amount <= 0 ? 'NOTHING_TO_HOLD' : undefined)],
});

describe(StateMachine.name, () => {
  it('allows what the table allows', () => {
    expect(machine.check('OPEN', 'HELD', { amount: 1 })).toEqual({ ok: true });
    expect(() => machine.assert('HELD', 'CLOSED', { amount: 1 })).not.toThrow();
  });

  it('refuses what the table does not allow, and what a guard refuses', () => {
    expect(machine.check('CLOSED', 'OPEN', { amount: 1 })).toEqual({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
    expect(machine.check('OPEN', 'HELD', { amount: 0 })).toEqual({ ok: false, code: 'NOTHING_TO_HOLD' });
    expect(() => machine.assert('HELD', 'OPEN', { amount: 1 })).toThrow(TransitionRefused);
  });

  it('knows its final states', () => {
    expect(machine.finalStates()).toEqual(['CLOSED']);
    expect(machine.isFinal('OPEN')).toBe(false);
  });
});
