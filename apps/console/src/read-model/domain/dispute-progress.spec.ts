import { type PayloadOf, sampleEnvelope } from '@trustcircle/contracts';
import { type DisputeProgressEvent, type DisputeProgressEventType, disputeProgressOf } from './dispute-progress';

const ids = { orderId: '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10', disputeId: 'd15b0000-0000-4000-8000-000000000001' };
const progress = <T extends DisputeProgressEventType>(type: T, data: Partial<PayloadOf<T>>) =>
  disputeProgressOf(sampleEnvelope(type, { ...ids, ...data } as Partial<PayloadOf<T>>) as DisputeProgressEvent);
const at = (iso: string) => new Date(iso);

describe('a dispute’s stage and running deadline, from its events', () => {
  it('waits for the merchant after filing, the vulnerable first', () => {
    expect(progress('disputes.dispute-opened', { merchantResponseDueAt: '2026-12-01T00:00:00.000Z', vulnerable: true, openedAt: '2026-11-29T00:00:00.000Z' })).toEqual({
      ...ids,
      stage: 'AWAITING_MERCHANT',
      deadline: { kind: 'MERCHANT_RESPONSE', dueAt: at('2026-12-01T00:00:00.000Z') },
      priority: true,
      openedAt: at('2026-11-29T00:00:00.000Z'),
    });
  });

  it('waits for the buyer after a rejection or an offer, and for nobody after an acceptance', () => {
    expect(progress('disputes.merchant-responded', { action: 'REJECT', buyerDueAt: '2026-12-04T00:00:00.000Z' })).toEqual({
      ...ids,
      stage: 'AWAITING_BUYER_ESCALATION',
      deadline: { kind: 'BUYER_ESCALATION', dueAt: at('2026-12-04T00:00:00.000Z') },
    });
    expect(progress('disputes.merchant-responded', { action: 'OFFER_PARTIAL', amount: 100_000, buyerDueAt: '2026-12-03T00:00:00.000Z' })).toMatchObject({
      stage: 'OFFER_PENDING',
      deadline: { kind: 'BUYER_OFFER_RESPONSE', dueAt: at('2026-12-03T00:00:00.000Z') },
    });
    expect(progress('disputes.merchant-responded', { action: 'ACCEPT', amount: null, buyerDueAt: null })).toEqual({ ...ids, stage: 'AWAITING_RESOLUTION', deadline: null });
    expect(progress('disputes.offer-declined', { declinedBy: 'DEADLINE' })).toEqual({ ...ids, stage: 'AWAITING_RESOLUTION', deadline: null });
  });

  it('waits for the mediator once escalated, then for the return after a return-and-refund decision', () => {
    expect(progress('disputes.dispute-escalated', { mediatorDueAt: '2026-12-05T00:00:00.000Z', priority: false })).toEqual({
      ...ids,
      stage: 'ESCALATED',
      deadline: { kind: 'MEDIATOR_DECISION', dueAt: at('2026-12-05T00:00:00.000Z') },
      priority: false,
    });
    expect(progress('disputes.dispute-decided', { outcome: 'RETURN_AND_REFUND', amount: null })).toEqual({ ...ids, stage: 'AWAITING_RETURN', deadline: null });
    expect(progress('disputes.deadline-reminder', { deadline: 'RETURN_SHIPMENT', dueAt: '2026-12-12T00:00:00.000Z' })).toEqual({
      ...ids,
      deadline: { kind: 'RETURN_SHIPMENT', dueAt: at('2026-12-12T00:00:00.000Z') },
    });
    expect(progress('disputes.vulnerable-flag-changed', { vulnerable: true, change: 'CONFIRMED' })).toEqual({ ...ids, priority: true });
  });

  it('closes when resolved, withdrawn, or when the return deadline passed', () => {
    expect(progress('disputes.dispute-resolved', { resolvedAt: '2026-12-06T00:00:00.000Z' })).toEqual({ ...ids, stage: 'CLOSED', deadline: null, closedAt: at('2026-12-06T00:00:00.000Z') });
    expect(progress('disputes.dispute-withdrawn', { withdrawnAt: '2026-12-06T01:00:00.000Z' })).toMatchObject({ stage: 'CLOSED', closedAt: at('2026-12-06T01:00:00.000Z') });
    expect(progress('disputes.return-deadline-passed', { passedAt: '2026-12-13T00:00:00.000Z' })).toMatchObject({ stage: 'CLOSED', closedAt: at('2026-12-13T00:00:00.000Z') });
  });
});
