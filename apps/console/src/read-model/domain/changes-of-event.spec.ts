import { type EventType, type PayloadOf, sampleEnvelope } from '@trustcircle/contracts';
import { changesOf, type PhoneProtection } from './changes-of-event';
import type { ConsoleEvent, ConsoleEventType } from './console-event-types';
import { CONSOLE_EVENT_TYPES } from './console-event-types';

const phones: PhoneProtection = { mask: (p) => `masked(${p.slice(-3)})`, digest: (p) => `digest(${p})` };
const ORDER = '0b9f2c3e-6a51-4f7e-9c1d-2e8a4b6c7d10';
const COURIER = 'c0c0c0c0-1111-4222-8333-444455556666';
const ACTION = 'a1a1a1a1-2222-4333-8444-555566667777';
const ADMIN = 'ad000000-1111-4222-8333-444455556666';
const SECOND_ADMIN = 'ad111111-1111-4222-8333-444455556666';

function changes<T extends ConsoleEventType & EventType>(type: T, data: Partial<PayloadOf<T>>) {
  return changesOf(sampleEnvelope(type, { orderId: ORDER, ...data } as Partial<PayloadOf<T>>) as ConsoleEvent, phones);
}
const aggregates = (all: ReturnType<typeof changesOf>) => all.filter((c) => c.kind !== 'fact');

describe('what an event changes in the read model', () => {
  it('finds a placed order by code, external id and a digest of the phone (masked for display), and counts it PLACED in its minute', () => {
    const all = changes('orders.order-placed', { code: 'TC-AB12-CD34', externalId: 'SHOP-9', paymentMethod: 'COD', totalAmount: 1_235_000, placedAt: '2026-11-29T14:30:45.000Z' });
    expect(aggregates(all)).toEqual([
      {
        kind: 'order-placed',
        orderId: ORDER,
        code: 'TC-AB12-CD34',
        externalId: 'SHOP-9',
        marketplaceId: expect.any(String),
        buyerPhoneMasked: 'masked(567)',
        buyerPhoneDigest: 'digest(+84901234567)',
        paymentMethod: 'COD',
        totalAmount: 1_235_000n,
        placedAt: new Date('2026-11-29T14:30:45.000Z'),
      },
      { kind: 'status-minute', minute: new Date('2026-11-29T14:30:00.000Z'), status: 'PLACED' },
    ]);
    expect(JSON.stringify(all.map((c) => ({ ...c, totalAmount: undefined })))).not.toContain('+84901234567"');
  });

  it('counts a status change in the minute of the fact that caused it, numbered', () => {
    expect(aggregates(changes('orders.order-status-changed', { status: 'DELIVERED', sequence: 4, changedAt: '2026-11-29T23:59:10.000Z' }))).toEqual([
      { kind: 'order-status', orderId: ORDER, code: expect.any(String), marketplaceId: expect.any(String), status: 'DELIVERED', sequence: 4 },
      { kind: 'status-minute', minute: new Date('2026-11-29T23:59:00.000Z'), status: 'DELIVERED' },
    ]);
  });

  it('moves held money by the amounts escrow funded, released and refunded, on their Vietnamese day, in bigint VND', () => {
    expect(aggregates(changes('escrow.escrow-funded', { heldAmount: 1_235_000, fundedAt: '2026-11-29T17:10:00.000Z' }))).toEqual([
      { kind: 'money-day', day: '2026-11-30', held: 1_235_000n, released: 0n, refunded: 0n },
      { kind: 'held', orderId: ORDER, delta: 1_235_000n, at: new Date('2026-11-29T17:10:00.000Z') },
    ]);
    expect(aggregates(changes('escrow.escrow-released', { amount: 900_000, releasedAt: '2026-11-30T03:00:00.000Z' }))).toEqual([
      { kind: 'money-day', day: '2026-11-30', held: 0n, released: 900_000n, refunded: 0n },
      { kind: 'held', orderId: ORDER, delta: -900_000n, at: new Date('2026-11-30T03:00:00.000Z') },
    ]);
    expect(aggregates(changes('escrow.escrow-refunded', { amount: 335_000, refundedAt: '2026-11-30T16:59:59.000Z' }))).toEqual([
      { kind: 'money-day', day: '2026-11-30', held: 0n, released: 0n, refunded: 335_000n },
      { kind: 'held', orderId: ORDER, delta: -335_000n, at: new Date('2026-11-30T16:59:59.000Z') },
    ]);
  });

  it('follows COD cash: what escrow expects, what the courier collected at the door, what it remitted', () => {
    expect(aggregates(changes('escrow.escrow-opened', { paymentMethod: 'COD', expectedAmount: 500_000 }))).toEqual([
      { kind: 'escrow-terms', orderId: ORDER, paymentMethod: 'COD', expectedAmount: 500_000n },
    ]);
    expect(aggregates(changes('delivery.shipment-delivered', { direction: 'OUTBOUND', courierId: COURIER, codAmount: 480_000, deliveredAt: '2026-11-30T02:00:00.000Z' }))).toEqual([
      { kind: 'cod-delivered', orderId: ORDER, courierId: COURIER, deliveredAt: new Date('2026-11-30T02:00:00.000Z'), collected: 480_000n },
    ]);
    expect(aggregates(changes('delivery.shipment-delivered', { direction: 'RETURN', codAmount: null }))).toEqual([]);
    expect(aggregates(changes('escrow.cod-remitted', { courierId: COURIER, amount: 480_000 }))).toEqual([{ kind: 'cod-remitted', orderId: ORDER, courierId: COURIER, amount: 480_000n }]);
  });

  it('counts courier checkpoints by Vietnamese day, EXCEPTION, DELIVERY_FAILED and LOST as exceptions', () => {
    const day = (status: PayloadOf<'delivery.shipment-status-changed'>['status']) =>
      aggregates(changes('delivery.shipment-status-changed', { courierId: COURIER, status, occurredAt: '2026-11-29T18:00:00.000Z' }));
    expect(day('IN_TRANSIT')).toEqual([{ kind: 'courier-day', courierId: COURIER, day: '2026-11-30', exception: false }]);
    for (const s of ['EXCEPTION', 'DELIVERY_FAILED', 'LOST'] as const) expect(day(s)).toEqual([{ kind: 'courier-day', courierId: COURIER, day: '2026-11-30', exception: true }]);
  });

  it('counts notifications sent, failed for good, and failed then retried', () => {
    expect(aggregates(changes('notifications.notification-sent', { channel: 'SMS', sentAt: '2026-11-29T01:00:00.000Z' }))).toEqual([
      { kind: 'notification-day', day: '2026-11-29', channel: 'SMS', outcome: 'sent' },
    ]);
    expect(aggregates(changes('notifications.notification-failed', { channel: 'ZALO', final: true, nextAttemptAt: null, failedAt: '2026-11-29T01:00:00.000Z' }))[0]).toMatchObject({ outcome: 'failed' });
    expect(aggregates(changes('notifications.notification-failed', { channel: 'SMS', final: false, failedAt: '2026-11-29T01:00:00.000Z' }))[0]).toMatchObject({ outcome: 'retried' });
  });

  it('keeps the money desk’s manual actions: a proposal with its amount in bigint VND, then its decision', () => {
    const proposed = changes('escrow.manual-action-proposed', {
      actionId: ACTION,
      kind: 'FORCE_REFUND',
      amount: 1_235_000,
      reason: 'Buyer paid twice',
      disputeId: null,
      proposedBy: ADMIN,
      proposedAt: '2026-11-29T14:30:45.000Z',
    });
    expect(aggregates(proposed).filter((c) => c.kind !== 'operator-action')).toEqual([
      {
        kind: 'manual-action-proposed',
        actionId: ACTION,
        orderId: ORDER,
        escrowId: expect.any(String),
        actionKind: 'FORCE_REFUND',
        amount: 1_235_000n,
        reason: 'Buyer paid twice',
        disputeId: null,
        proposedBy: ADMIN,
        proposedAt: new Date('2026-11-29T14:30:45.000Z'),
      },
    ]);
    const decided = changes('escrow.manual-action-decided', {
      actionId: ACTION,
      kind: 'FORCE_REFUND',
      decision: 'REJECTED',
      proposedBy: ADMIN,
      decidedBy: SECOND_ADMIN,
      note: 'Second payment already refunded by the bank',
      decidedAt: '2026-11-29T15:00:00.000Z',
    });
    expect(aggregates(decided).filter((c) => c.kind !== 'operator-action')).toEqual([
      {
        kind: 'manual-action-decided',
        actionId: ACTION,
        orderId: ORDER,
        escrowId: expect.any(String),
        actionKind: 'FORCE_REFUND',
        proposedBy: ADMIN,
        decision: 'REJECTED',
        decidedBy: SECOND_ADMIN,
        decidedAt: new Date('2026-11-29T15:00:00.000Z'),
        note: 'Second payment already refunded by the bank',
      },
    ]);
  });

  it('adds an audit line for the operator’s action an event tells of, beside its other changes', () => {
    const kinds = (type: ConsoleEventType) => changesOf(sampleEnvelope(type) as ConsoleEvent, phones).map((c) => c.kind);
    expect(kinds('escrow.manual-action-proposed')).toEqual(['manual-action-proposed', 'operator-action', 'fact']);
    expect(kinds('escrow.manual-action-decided')).toEqual(['manual-action-decided', 'operator-action', 'fact']);
    expect(kinds('disputes.dispute-decided')).toEqual(['dispute', 'operator-action', 'fact']);
    expect(kinds('disputes.vulnerable-flag-changed')).toEqual(['dispute', 'operator-action', 'fact']);
    expect(kinds('escrow.clawback-recorded')).toEqual(['fact']);
  });

  it('puts every event about an order on its timeline, by the service that told it, and nothing else for events without an order', () => {
    for (const type of CONSOLE_EVENT_TYPES) {
      const event = sampleEnvelope(type) as ConsoleEvent;
      const facts = changesOf(event, phones).filter((c) => c.kind === 'fact');
      const orderId = (event.data as { orderId?: string | null }).orderId;
      if (typeof orderId === 'string') {
        expect(facts).toEqual([{ kind: 'fact', orderId, eventId: event.id, type, service: event.producer, occurredAt: new Date(event.occurredAt), detail: expect.any(Object) }]);
      } else {
        expect(facts).toEqual([]);
      }
    }
    expect(changesOf(sampleEnvelope('notifications.webhook-endpoint-disabled') as ConsoleEvent, phones)).toEqual([]);
  });
});
