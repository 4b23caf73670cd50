import { trustEffectOfMove } from './trust-effects';

describe('trust effect of a dispute move', () => {
  it.each([
    ['AWAITING_MERCHANT', 'RESOLVED', 'MERCHANT_ACCEPTED', { answer: 'IN_TIME', settled: true }],
    ['AWAITING_MERCHANT', 'AWAITING_RETURN', 'MERCHANT_ACCEPTED', { answer: 'IN_TIME', settled: true }],
    ['AWAITING_MERCHANT', 'AWAITING_BUYER_ESCALATION', 'MERCHANT_REJECTED', { answer: 'IN_TIME', settled: false }],
    ['AWAITING_MERCHANT', 'OFFER_PENDING', 'MERCHANT_OFFERED', { answer: 'IN_TIME', settled: false }],
    ['AWAITING_MERCHANT', 'RESOLVED', 'MERCHANT_DEADLINE_PASSED', { answer: 'DEFAULT_JUDGMENT', settled: true }],
    ['AWAITING_MERCHANT', 'WITHDRAWN', 'BUYER_WITHDREW', { answer: null, settled: true }],
    ['OFFER_PENDING', 'RESOLVED', 'BUYER_ACCEPTED_OFFER', { answer: null, settled: true }],
    ['OFFER_PENDING', 'ESCALATED', 'OFFER_DEADLINE_PASSED', { answer: null, settled: false }],
    ['AWAITING_BUYER_ESCALATION', 'CLOSED', 'BUYER_ESCALATION_DEADLINE_PASSED', { answer: null, settled: true }],
    ['ESCALATED', 'RESOLVED', 'MEDIATOR_DECIDED', { answer: null, settled: true }],
    ['ESCALATED', 'AWAITING_RETURN', 'MEDIATOR_DECIDED', { answer: null, settled: true }],
    ['AWAITING_RETURN', 'RESOLVED', 'RETURN_DELIVERED', { answer: null, settled: false }],
    ['AWAITING_RETURN', 'CLOSED', 'RETURN_DEADLINE_PASSED', { answer: null, settled: false }],
  ])('%s → %s by %s', (from, to, trigger, effect) => {
    expect(trustEffectOfMove(from, to, trigger)).toEqual(effect);
  });
});
