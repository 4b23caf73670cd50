import { DISPUTE_DEADLINES, type DisputeDeadline, REQUESTED_OUTCOMES } from '@trustcircle/contracts';
import fc from 'fast-check';
import { DEFAULT_DISPUTE_DEADLINE_HOURS, deadlineDurationMs, deadlineOnEntering, onDeadlineDue, STATE_DEADLINES } from './dispute-deadlines';
import { DISPUTE_STATES, type DisputeState, nextDisputeState } from './dispute-state-machine';

const at = new Date('2026-11-28T10:00:00.000Z');
const plusH = (h: number): Date => new Date(at.getTime() + h * 3_600_000);

describe('deadlineOnEntering', () => {
  it.each<[DisputeState, boolean, DisputeDeadline, string, number, number]>([
    ['AWAITING_MERCHANT', false, 'MERCHANT_RESPONSE', 'MERCHANT', 48, 24],
    ['AWAITING_MERCHANT', true, 'MERCHANT_RESPONSE', 'MERCHANT', 24, 12],
    ['OFFER_PENDING', false, 'BUYER_OFFER_RESPONSE', 'BUYER', 48, 24],
    ['OFFER_PENDING', true, 'BUYER_OFFER_RESPONSE', 'BUYER', 48, 24],
    ['AWAITING_BUYER_ESCALATION', false, 'BUYER_ESCALATION', 'BUYER', 72, 48],
    ['AWAITING_BUYER_ESCALATION', true, 'BUYER_ESCALATION', 'BUYER', 72, 48],
    ['ESCALATED', false, 'MEDIATOR_DECISION', 'MEDIATOR', 72, 48],
    ['ESCALATED', true, 'MEDIATOR_DECISION', 'MEDIATOR', 36, 18],
    ['AWAITING_RETURN', false, 'RETURN_SHIPMENT', 'BUYER', 168, 144],
    ['AWAITING_RETURN', true, 'RETURN_SHIPMENT', 'BUYER', 168, 144],
  ])('%s (vulnerable %s): %s for %s, due after %i h, reminded after %i h', (state, vulnerable, deadline, role, dueH, remindH) => {
    expect(deadlineOnEntering(state, at, vulnerable)).toEqual({ deadline, role, dueAt: plusH(dueH), remindAt: plusH(remindH) });
  });

  it.each<DisputeState>(['RESOLVED', 'WITHDRAWN', 'CLOSED'])('runs no deadline in the final state %s', (state) => {
    expect(deadlineOnEntering(state, at, false)).toBeNull();
  });

  it('follows the configured hours', () => {
    const hours = { ...DEFAULT_DISPUTE_DEADLINE_HOURS, merchantResponse: 10, reminderLead: 2 };
    expect(deadlineOnEntering('AWAITING_MERCHANT', at, false, hours)).toMatchObject({ dueAt: plusH(10), remindAt: plusH(8) });
    expect(deadlineOnEntering('AWAITING_MERCHANT', at, true, hours)).toMatchObject({ dueAt: plusH(5), remindAt: plusH(3) });
  });

  it('always reminds strictly after entering and before the deadline, and never lengthens a deadline for a vulnerable buyer', () => {
    const hours = fc.record({
      merchantResponse: fc.integer({ min: 1, max: 500 }),
      buyerEscalation: fc.integer({ min: 1, max: 500 }),
      buyerOfferResponse: fc.integer({ min: 1, max: 500 }),
      mediatorDecision: fc.integer({ min: 1, max: 500 }),
      returnShipment: fc.integer({ min: 1, max: 500 }),
      reminderLead: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(hours, fc.constantFrom(...DISPUTE_DEADLINES), fc.constantFrom(...DISPUTE_STATES), fc.boolean(), (h, d, state, vulnerable) => {
        expect(deadlineDurationMs(d, true, h)).toBeLessThanOrEqual(deadlineDurationMs(d, false, h));
        const s = deadlineOnEntering(state, at, vulnerable, h);
        if (!s) return;
        expect(s.remindAt.getTime()).toBeGreaterThan(at.getTime());
        expect(s.remindAt.getTime()).toBeLessThanOrEqual(s.dueAt.getTime());
      }),
    );
  });
});

describe('onDeadlineDue', () => {
  it('gives the buyer a default judgment as asked when the merchant stays silent', () => {
    expect(onDeadlineDue('MERCHANT_RESPONSE', 'AWAITING_MERCHANT', 'REFUND_FULL')).toEqual({
      kind: 'TRANSITION',
      trigger: 'MERCHANT_DEADLINE_PASSED',
      to: 'RESOLVED',
      resolution: { outcome: 'REFUND_FULL', resolvedBy: 'DEFAULT_JUDGMENT' },
      escalatedBy: null,
      offerDeclinedBy: null,
    });
    expect(onDeadlineDue('MERCHANT_RESPONSE', 'AWAITING_MERCHANT', 'RETURN_AND_REFUND')).toMatchObject({
      to: 'AWAITING_RETURN',
      resolution: { outcome: 'RETURN_AND_REFUND', resolvedBy: 'DEFAULT_JUDGMENT' },
    });
  });

  it('closes in the seller’s favour when the buyer does not escalate a rejection', () => {
    expect(onDeadlineDue('BUYER_ESCALATION', 'AWAITING_BUYER_ESCALATION', 'REFUND_FULL')).toMatchObject({
      to: 'CLOSED',
      resolution: { outcome: 'RELEASE_TO_SELLER', resolvedBy: 'BUYER_DID_NOT_ESCALATE' },
    });
  });

  it('escalates an unanswered offer, declined by the deadline', () => {
    expect(onDeadlineDue('BUYER_OFFER_RESPONSE', 'OFFER_PENDING', 'REFUND_FULL')).toMatchObject({
      to: 'ESCALATED',
      resolution: null,
      escalatedBy: 'OFFER_DEADLINE',
      offerDeclinedBy: 'DEADLINE',
    });
  });

  it('flags a mediator breach without moving, and closes a return never shipped', () => {
    expect(onDeadlineDue('MEDIATOR_DECISION', 'ESCALATED', 'REFUND_FULL')).toEqual({ kind: 'FLAG_BREACH' });
    expect(onDeadlineDue('RETURN_SHIPMENT', 'AWAITING_RETURN', 'RETURN_AND_REFUND')).toMatchObject({ to: 'CLOSED', trigger: 'RETURN_DEADLINE_PASSED', resolution: null });
  });

  it.each<[DisputeDeadline, DisputeState]>([
    ['MERCHANT_RESPONSE', 'OFFER_PENDING'],
    ['MERCHANT_RESPONSE', 'WITHDRAWN'],
    ['BUYER_ESCALATION', 'ESCALATED'],
    ['BUYER_OFFER_RESPONSE', 'RESOLVED'],
    ['MEDIATOR_DECISION', 'RESOLVED'],
    ['RETURN_SHIPMENT', 'RESOLVED'],
  ])('ignores %s once the dispute is %s (stale)', (deadline, state) => {
    expect(onDeadlineDue(deadline, state, 'REFUND_FULL')).toEqual({ kind: 'STALE' });
  });

  it('agrees with the state machine for every deadline, state and requested outcome', () => {
    for (const state of DISPUTE_STATES)
      for (const deadline of DISPUTE_DEADLINES)
        for (const asked of REQUESTED_OUTCOMES) {
          const c = onDeadlineDue(deadline, state, asked);
          if (c.kind !== 'TRANSITION') continue;
          expect(STATE_DEADLINES[state]?.deadline).toBe(deadline);
          expect(nextDisputeState(state, { trigger: c.trigger, outcome: c.resolution?.outcome ?? null })).toEqual({ ok: true, to: c.to });
        }
  });
});
