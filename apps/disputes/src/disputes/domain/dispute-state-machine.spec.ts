import { DISPUTE_OUTCOMES, type DisputeOutcome } from '@trustcircle/contracts';
import fc from 'fast-check';
import {
  DISPUTE_STATES,
  DISPUTE_TRIGGERS,
  disputeStateMachine,
  type DisputeState,
  type DisputeTrigger,
  nextDisputeState,
  OPEN_DISPUTE_STATES,
} from './dispute-state-machine';

const TRIGGERS = Object.keys(DISPUTE_TRIGGERS) as DisputeTrigger[];

describe('disputeStateMachine', () => {
  it('ends in resolved, withdrawn or closed, and lists every other state as open', () => {
    expect(disputeStateMachine.finalStates().sort()).toEqual(['CLOSED', 'RESOLVED', 'WITHDRAWN']);
    expect([...OPEN_DISPUTE_STATES, ...disputeStateMachine.finalStates()].sort()).toEqual([...DISPUTE_STATES].sort());
  });

  it.each<[DisputeState, DisputeTrigger, DisputeOutcome | null, DisputeState]>([
    ['AWAITING_MERCHANT', 'MERCHANT_ACCEPTED', 'REFUND_FULL', 'RESOLVED'],
    ['AWAITING_MERCHANT', 'MERCHANT_ACCEPTED', 'REFUND_PARTIAL', 'RESOLVED'],
    ['AWAITING_MERCHANT', 'MERCHANT_ACCEPTED', 'RETURN_AND_REFUND', 'AWAITING_RETURN'],
    ['AWAITING_MERCHANT', 'MERCHANT_REJECTED', null, 'AWAITING_BUYER_ESCALATION'],
    ['AWAITING_MERCHANT', 'MERCHANT_OFFERED', null, 'OFFER_PENDING'],
    ['AWAITING_MERCHANT', 'MERCHANT_DEADLINE_PASSED', 'REFUND_FULL', 'RESOLVED'],
    ['AWAITING_MERCHANT', 'MERCHANT_DEADLINE_PASSED', 'RETURN_AND_REFUND', 'AWAITING_RETURN'],
    ['AWAITING_MERCHANT', 'BUYER_WITHDREW', null, 'WITHDRAWN'],
    ['OFFER_PENDING', 'BUYER_ACCEPTED_OFFER', null, 'RESOLVED'],
    ['OFFER_PENDING', 'BUYER_DECLINED_OFFER', null, 'ESCALATED'],
    ['OFFER_PENDING', 'OFFER_DEADLINE_PASSED', null, 'ESCALATED'],
    ['OFFER_PENDING', 'BUYER_WITHDREW', null, 'WITHDRAWN'],
    ['AWAITING_BUYER_ESCALATION', 'BUYER_ESCALATED', null, 'ESCALATED'],
    ['AWAITING_BUYER_ESCALATION', 'BUYER_ESCALATION_DEADLINE_PASSED', null, 'CLOSED'],
    ['AWAITING_BUYER_ESCALATION', 'BUYER_WITHDREW', null, 'WITHDRAWN'],
    ['ESCALATED', 'MEDIATOR_DECIDED', 'REFUND_FULL', 'RESOLVED'],
    ['ESCALATED', 'MEDIATOR_DECIDED', 'REFUND_PARTIAL', 'RESOLVED'],
    ['ESCALATED', 'MEDIATOR_DECIDED', 'RELEASE_TO_SELLER', 'RESOLVED'],
    ['ESCALATED', 'MEDIATOR_DECIDED', 'RETURN_AND_REFUND', 'AWAITING_RETURN'],
    ['ESCALATED', 'BUYER_WITHDREW', null, 'WITHDRAWN'],
    ['AWAITING_RETURN', 'RETURN_DELIVERED', null, 'RESOLVED'],
    ['AWAITING_RETURN', 'RETURN_DEADLINE_PASSED', null, 'CLOSED'],
  ])('%s --%s (%s)--> %s', (from, trigger, outcome, to) => {
    expect(nextDisputeState(from, { trigger, outcome })).toEqual({ ok: true, to });
  });

  it.each<[DisputeState, DisputeTrigger, DisputeOutcome | null, string]>([
    ['AWAITING_MERCHANT', 'BUYER_ESCALATED', null, 'TRIGGER_NOT_ALLOWED'],
    ['AWAITING_MERCHANT', 'MEDIATOR_DECIDED', 'REFUND_FULL', 'TRIGGER_NOT_ALLOWED'],
    ['OFFER_PENDING', 'MERCHANT_OFFERED', null, 'TRIGGER_NOT_ALLOWED'],
    ['AWAITING_BUYER_ESCALATION', 'MERCHANT_ACCEPTED', 'REFUND_FULL', 'TRIGGER_NOT_ALLOWED'],
    ['AWAITING_RETURN', 'BUYER_WITHDREW', null, 'TRIGGER_NOT_ALLOWED'],
    ['AWAITING_MERCHANT', 'MERCHANT_ACCEPTED', null, 'OUTCOME_REQUIRED'],
    ['ESCALATED', 'MEDIATOR_DECIDED', null, 'OUTCOME_REQUIRED'],
    ['AWAITING_MERCHANT', 'MERCHANT_ACCEPTED', 'RELEASE_TO_SELLER', 'OUTCOME_NOT_ALLOWED'],
    ['AWAITING_MERCHANT', 'MERCHANT_DEADLINE_PASSED', 'RELEASE_TO_SELLER', 'OUTCOME_NOT_ALLOWED'],
    ['RESOLVED', 'BUYER_WITHDREW', null, 'DISPUTE_FINISHED'],
    ['WITHDRAWN', 'MERCHANT_ACCEPTED', 'REFUND_FULL', 'DISPUTE_FINISHED'],
    ['CLOSED', 'BUYER_ESCALATED', null, 'DISPUTE_FINISHED'],
  ])('refuses %s --%s (%s) with %s', (from, trigger, outcome, code) => {
    expect(nextDisputeState(from, { trigger, outcome })).toEqual({ ok: false, code });
  });

  it('refuses a resolving move to the wrong target for its outcome', () => {
    expect(disputeStateMachine.check('ESCALATED', 'RESOLVED', { trigger: 'MEDIATOR_DECIDED', outcome: 'RETURN_AND_REFUND' })).toEqual({ ok: false, code: 'TRIGGER_NOT_ALLOWED' });
    expect(disputeStateMachine.check('ESCALATED', 'AWAITING_RETURN', { trigger: 'MEDIATOR_DECIDED', outcome: 'REFUND_FULL' })).toEqual({ ok: false, code: 'TRIGGER_NOT_ALLOWED' });
  });

  it('never leaves a final state and only ever lands on a state the table allows (any trigger, any outcome)', () => {
    const outcome = fc.option(fc.constantFrom(...DISPUTE_OUTCOMES), { nil: null });
    fc.assert(
      fc.property(fc.constantFrom(...DISPUTE_STATES), fc.constantFrom(...TRIGGERS), outcome, (from, trigger, o) => {
        const r = nextDisputeState(from, { trigger, outcome: o });
        if (disputeStateMachine.isFinal(from)) return !r.ok;
        if (!r.ok) return true;
        return DISPUTE_TRIGGERS[trigger].from.includes(from) && disputeStateMachine.check(from, r.to, { trigger, outcome: o }).ok;
      }),
    );
  });

  it('reaches every state from AWAITING_MERCHANT', () => {
    const seen = new Set<DisputeState>(['AWAITING_MERCHANT']);
    let frontier: DisputeState[] = ['AWAITING_MERCHANT'];
    while (frontier.length) {
      const next: DisputeState[] = [];
      for (const from of frontier)
        for (const trigger of TRIGGERS)
          for (const outcome of [null, ...DISPUTE_OUTCOMES]) {
            const r = nextDisputeState(from, { trigger, outcome });
            if (r.ok && !seen.has(r.to)) {
              seen.add(r.to);
              next.push(r.to);
            }
          }
      frontier = next;
    }
    expect([...seen].sort()).toEqual([...DISPUTE_STATES].sort());
  });
});
