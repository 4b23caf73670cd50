import { buildEvent, EVENT_CATALOGUE, type EventType, type PayloadOf, sampleEvent } from '@trustcircle/contracts';
import { AUDIT_ACTION } from '../../audit/domain/audit-entry';
import { CONSOLE_EVENT_TYPES, type ConsoleEvent, type ConsoleEventType } from './console-event-types';
import { OPERATOR_ACTION_EVENT_TYPES, operatorActionOf } from './operator-action-of-event';

const EVENT = 'e0e0e0e0-1111-4222-8333-444455556666';
const CORRELATION = 'req-7f3a';
const ORDER = '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10';
const ESCROW = 'e5c0e5c0-1111-4222-8333-444455556666';
const ACTION = 'a1a1a1a1-2222-4333-8444-555566667777';
const DISPUTE = 'd1d1d1d1-2222-4333-8444-555566667777';
const DECISION = 'dec0dec0-2222-4333-8444-555566667777';
const ADMIN = 'ad000000-1111-4222-8333-444455556666';
const SECOND_ADMIN = 'ad111111-1111-4222-8333-444455556666';

/** An envelope of `type` as its owner produced it, occurring a minute after the act (the act's instant wins). */
function event<T extends ConsoleEventType & EventType>(type: T, data: Partial<PayloadOf<T>>): ConsoleEvent {
  const owner: string = EVENT_CATALOGUE[type].owner;
  return buildEvent(type, sampleEvent(type, { orderId: ORDER, ...data } as Partial<PayloadOf<T>>), {
    id: EVENT,
    occurredAt: '2026-11-29T15:01:00.000Z',
    correlationId: CORRELATION,
    causationId: null,
    producer: owner === 'any-service' ? 'escrow' : owner,
  } as never) as ConsoleEvent;
}

describe('the audit line of an operator’s action at another service', () => {
  it('records a proposal at escrow as the proposer’s, with ids, kind and amount, never the reason', () => {
    const line = operatorActionOf(
      event('escrow.manual-action-proposed', { actionId: ACTION, escrowId: ESCROW, kind: 'CLAWBACK', amount: 450_000, reason: 'Chị Hoa gọi 0901234567', disputeId: DISPUTE, proposedBy: ADMIN, proposedAt: '2026-11-29T15:00:00.000Z' }),
    );
    expect(line).toEqual({
      kind: 'operator-action',
      source: { service: 'escrow', eventId: EVENT, eventType: 'escrow.manual-action-proposed' },
      operatorId: ADMIN,
      action: 'escrow.manual-action.propose',
      at: new Date('2026-11-29T15:00:00.000Z'),
      target: { type: 'manual-action', id: ACTION },
      detail: { orderId: ORDER, escrowId: ESCROW, actionId: ACTION, kind: 'CLAWBACK', amount: 450_000, disputeId: DISPUTE },
      correlationId: CORRELATION,
    });
    expect(JSON.stringify(line)).not.toContain('Hoa');
  });

  it('records a decision as the second admin’s approval or rejection, never the note', () => {
    const decided = (decision: 'APPROVED' | 'REJECTED') =>
      operatorActionOf(event('escrow.manual-action-decided', { actionId: ACTION, escrowId: ESCROW, kind: 'FORCE_RELEASE', decision, proposedBy: ADMIN, decidedBy: SECOND_ADMIN, note: 'OK theo chị Lan', decidedAt: '2026-11-29T15:00:00.000Z' }));
    expect(decided('APPROVED')).toMatchObject({
      operatorId: SECOND_ADMIN,
      action: 'escrow.manual-action.approve',
      target: { type: 'manual-action', id: ACTION },
      detail: { orderId: ORDER, escrowId: ESCROW, actionId: ACTION, kind: 'FORCE_RELEASE', decision: 'APPROVED', proposedBy: ADMIN },
    });
    expect(decided('REJECTED')).toMatchObject({ operatorId: SECOND_ADMIN, action: 'escrow.manual-action.reject', detail: { decision: 'REJECTED' } });
    expect(JSON.stringify(decided('APPROVED'))).not.toContain('Lan');
  });

  it('records a mediator’s decision at disputes, with its outcome and amount, never the reasons', () => {
    const line = operatorActionOf(
      event('disputes.dispute-decided', { disputeId: DISPUTE, decisionId: DECISION, outcome: 'REFUND_PARTIAL', amount: 450_000, decidedBy: ADMIN, reason: 'Ảnh của chị Hoa', onTime: false, decidedAt: '2026-11-29T15:00:00.000Z' }),
    );
    expect(line).toEqual({
      kind: 'operator-action',
      source: { service: 'disputes', eventId: EVENT, eventType: 'disputes.dispute-decided' },
      operatorId: ADMIN,
      action: 'disputes.decide',
      at: new Date('2026-11-29T15:00:00.000Z'),
      target: { type: 'dispute', id: DISPUTE },
      detail: { orderId: ORDER, disputeId: DISPUTE, decisionId: DECISION, outcome: 'REFUND_PARTIAL', amount: 450_000, onTime: false },
      correlationId: CORRELATION,
    });
    expect(JSON.stringify(line)).not.toContain('Hoa');
  });

  it('records a mediator confirming or removing a vulnerable flag without the category or reason; a buyer’s declaration is no operator’s', () => {
    const flag = (change: 'DECLARED' | 'CONFIRMED' | 'REMOVED') =>
      operatorActionOf(
        event('disputes.vulnerable-flag-changed', {
          disputeId: DISPUTE,
          change,
          vulnerable: change !== 'REMOVED',
          category: change === 'REMOVED' ? null : 'ELDERLY',
          changedBy: change === 'DECLARED' ? null : ADMIN,
          reason: change === 'DECLARED' ? null : 'Người mua 78 tuổi',
          changedAt: '2026-11-29T15:00:00.000Z',
        }),
      );
    expect(flag('CONFIRMED')).toMatchObject({ operatorId: ADMIN, action: 'disputes.vulnerable-flag.confirm', target: { type: 'dispute', id: DISPUTE }, detail: { orderId: ORDER, disputeId: DISPUTE, change: 'CONFIRMED' } });
    expect(flag('REMOVED')).toMatchObject({ action: 'disputes.vulnerable-flag.remove', detail: { change: 'REMOVED' } });
    expect(JSON.stringify(flag('CONFIRMED'))).not.toMatch(/ELDERLY|78/);
    expect(flag('DECLARED')).toBeNull();
  });

  it('gives a dotted lowercase action for exactly the events that name an acting operator', () => {
    for (const type of CONSOLE_EVENT_TYPES) {
      const line = operatorActionOf(event(type, {}));
      if ((OPERATOR_ACTION_EVENT_TYPES as readonly string[]).includes(type)) {
        expect(line?.action).toMatch(AUDIT_ACTION);
        expect(line?.source).toEqual({ service: type.split('.')[0], eventId: EVENT, eventType: type });
      } else {
        expect({ type, line }).toEqual({ type, line: null });
      }
    }
  });
});
