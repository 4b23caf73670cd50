/**
 * The money desk and the audit of operator actions done at other services, on the real PostgreSQL and Kafka:
 * escrow's manual-action events and disputes' mediator events, published on their topics as their owners would,
 * reach the console's consumer; the desk's queue lists the proposals oldest first with the order's code and the
 * operators' names, a decided one leaves the queue; the audit trail shows each operator action once, as the
 * operator's, from its service's event — even when Kafka delivers the event twice and even when the projection
 * itself runs twice.
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf } from '@trustcircle/contracts';
import { waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { ProjectConsoleEvents } from '../read-model/api/project-console-events.consumer';
import { ProjectEventUseCase } from '../read-model/application/project-event/project-event.use-case';
import type { ConsoleEvent } from '../read-model/domain/console-event-types';
import { ConsoleTestKit } from '../testing/console-test-kit';
import type { ManualActionItem } from './application/manual-action-view';

jest.setTimeout(60_000);

let kit: ConsoleTestKit;
let producer: Producer;
type Operator = { token: string; operatorId: string; name: string };
let viewer: Operator;
let proposer: Operator;
let approver: Operator;
let mediator: Operator;

beforeAll(async () => {
  kit = await ConsoleTestKit.start({ CONSUMER_CONCURRENCY: '6', OPERATOR_TOKEN_TTL_SECONDS: '3600' });
  producer = new Kafka({ clientId: 'console-money-desk-int-spec', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  [viewer, proposer, approver, mediator] = await Promise.all([kit.tokenFor('viewer'), kit.tokenFor('admin'), kit.tokenFor('admin'), kit.tokenFor('mediator')]);
}, 60_000);

afterAll(async () => {
  await producer?.disconnect();
  await kit?.close();
});

/** An instant `offsetMs` after the app clock's now, in whole milliseconds. */
const at = (offsetMs = 0) => new Date(kit.now().getTime() + offsetMs).toISOString();

/** An envelope of `type` from its owner, occurring at `occurredAt` (the app clock's now when omitted). */
function event<T extends EventType>(type: T, data: Partial<PayloadOf<T>>, occurredAt?: string): EventOf<T> {
  const e = kit.event(type, data);
  return occurredAt ? { ...e, occurredAt } : e;
}

/**
 * Publishes envelopes on their topics, keyed as the catalogue says, in this order, and waits until the console's
 * read model has consumed every id in `awaited` (all of them when omitted).
 */
async function publish(events: Array<EventOf<EventType>>, awaited: Array<EventOf<EventType>> = events): Promise<void> {
  for (const e of events) await producer.send({ topic: EVENT_CATALOGUE[e.type].topic, messages: [{ key: e.key, value: JSON.stringify(e) }] });
  const ids = [...new Set(awaited.map((e) => e.id))];
  await waitFor(
    async () => {
      const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "console"."inbox" WHERE "consumer" = $1 AND "event_id" = ANY($2::uuid[])`, [
        ProjectConsoleEvents.name,
        ids,
      ])) as Array<{ n: number }>;
      return n === ids.length;
    },
    { what: `the console to consume ${ids.length} events`, timeoutMs: 45_000, intervalMs: 100 },
  );
}

type Page = { items: ManualActionItem[]; nextCursor: string | null };
async function desk(query: string, token = viewer.token): Promise<Page> {
  const res = await kit.get(`/v1/admin/manual-actions?${query}`, token);
  expect(res.status).toBe(200);
  return res.body as unknown as Page;
}

type AuditLine = {
  action: string;
  at: string;
  actor: { type: string; name: string | null; operatorId: string | null; role: string | null };
  target: { type: string; id: string } | null;
  detail: Record<string, unknown>;
  origin: { ip: string | null; userAgent: string | null };
  correlationId: string | null;
  source: string;
  sourceEvent: { id: string; type: string } | null;
};
async function audit(query: string): Promise<AuditLine[]> {
  const res = await kit.get(`/v1/admin/audit?${query}`, proposer.token);
  expect(res.status).toBe(200);
  return (res.body as { items: AuditLine[] }).items;
}

describe('the money desk and the audit of operator actions at other services', () => {
  const orderId = randomUUID();
  const escrowId = randomUUID();
  const disputeId = randomUUID();
  const code = `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase();
  const first = randomUUID();
  const second = randomUUID();
  let proposedFirst: EventOf<'escrow.manual-action-proposed'>;
  let approvedFirst: EventOf<'escrow.manual-action-decided'>;
  let decidedDispute: EventOf<'disputes.dispute-decided'>;

  beforeAll(async () => {
    proposedFirst = event('escrow.manual-action-proposed', {
      orderId,
      escrowId,
      actionId: first,
      kind: 'FORCE_REFUND',
      amount: 1_235_000,
      reason: 'Người mua trả hai lần',
      disputeId: null,
      proposedBy: proposer.operatorId,
      proposedAt: at(-60_000),
    });
    const proposedSecond = event('escrow.manual-action-proposed', {
      orderId,
      escrowId,
      actionId: second,
      kind: 'CLAWBACK',
      amount: 450_000,
      reason: 'Mediator refunded after release',
      disputeId,
      proposedBy: approver.operatorId,
      proposedAt: at(-30_000),
    });
    // Published newest first: the queue orders by when they were proposed, not by arrival.
    await publish([event('orders.order-placed', { orderId, code, placedAt: at(-120_000) }), proposedSecond, proposedFirst]);
  });

  it('lists the proposals awaiting a second admin oldest first, with the order’s code, whole VND and the proposers’ names', async () => {
    const queue = await desk(`status=PROPOSED&orderId=${orderId}`);
    expect(queue.nextCursor).toBeNull();
    expect(queue.items).toEqual([
      {
        actionId: first,
        orderId,
        orderCode: code,
        escrowId,
        kind: 'FORCE_REFUND',
        amount: 1_235_000,
        reason: 'Người mua trả hai lần',
        disputeId: null,
        status: 'PROPOSED',
        proposedBy: { operatorId: proposer.operatorId, name: proposer.name },
        proposedAt: proposedFirst.data.proposedAt,
        decidedBy: null,
        decidedAt: null,
        note: null,
      },
      expect.objectContaining({ actionId: second, kind: 'CLAWBACK', amount: 450_000, disputeId, proposedBy: { operatorId: approver.operatorId, name: approver.name } }),
    ]);
    const page1 = await desk(`status=PROPOSED&orderId=${orderId}&limit=1`);
    expect(page1.items.map((a) => a.actionId)).toEqual([first]);
    const page2 = await desk(`status=PROPOSED&orderId=${orderId}&limit=1&cursor=${page1.nextCursor}`);
    expect(page2).toEqual({ items: [expect.objectContaining({ actionId: second })], nextCursor: null });
  });

  it('takes a decided proposal out of the queue, and audits each action once as its operator’s, even delivered twice', async () => {
    approvedFirst = event('escrow.manual-action-decided', {
      orderId,
      escrowId,
      actionId: first,
      kind: 'FORCE_REFUND',
      decision: 'APPROVED',
      proposedBy: proposer.operatorId,
      decidedBy: approver.operatorId,
      note: 'Đã kiểm tra sao kê',
      decidedAt: at(-10_000),
    });
    decidedDispute = event('disputes.dispute-decided', {
      orderId,
      disputeId,
      decisionId: randomUUID(),
      outcome: 'REFUND_PARTIAL',
      amount: 450_000,
      decidedBy: mediator.operatorId,
      reason: 'Ảnh của chị Hoa cho thấy hàng vỡ',
      onTime: true,
      decidedAt: at(-20_000),
    });
    const rejectedSecond = event('escrow.manual-action-decided', {
      orderId,
      escrowId,
      actionId: second,
      kind: 'CLAWBACK',
      decision: 'REJECTED',
      proposedBy: approver.operatorId,
      decidedBy: proposer.operatorId,
      note: null,
      decidedAt: at(-5_000),
    });
    // Every event twice (the same envelope, as a redelivery), then a last one on each partition: once the console
    // consumed the last ones it has seen the copies before them.
    await publish(
      [approvedFirst, decidedDispute, proposedFirst, approvedFirst, decidedDispute, rejectedSecond, rejectedSecond],
      [approvedFirst, decidedDispute, rejectedSecond],
    );
    const flagged = event('disputes.vulnerable-flag-changed', { orderId, disputeId, change: 'CONFIRMED', vulnerable: true, category: 'ELDERLY', changedBy: mediator.operatorId, reason: 'Người mua 78 tuổi', changedAt: at() });
    await publish([flagged, decidedDispute, flagged]);

    expect(await desk(`status=PROPOSED&orderId=${orderId}`)).toEqual({ items: [], nextCursor: null });
    expect((await desk(`status=APPROVED&orderId=${orderId}`)).items).toEqual([
      expect.objectContaining({
        actionId: first,
        status: 'APPROVED',
        amount: 1_235_000,
        proposedBy: { operatorId: proposer.operatorId, name: proposer.name },
        decidedBy: { operatorId: approver.operatorId, name: approver.name },
        decidedAt: approvedFirst.data.decidedAt,
        note: 'Đã kiểm tra sao kê',
      }),
    ]);
    // Everything, newest activity first: the rejection came last.
    expect((await desk(`orderId=${orderId}`)).items.map((a) => [a.actionId, a.status])).toEqual([
      [second, 'REJECTED'],
      [first, 'APPROVED'],
    ]);

    const onFirst = await audit(`targetId=${first}`);
    expect(onFirst.map((l) => [l.action, l.actor.name])).toEqual([
      ['escrow.manual-action.approve', approver.name],
      ['escrow.manual-action.propose', proposer.name],
    ]);
    expect(onFirst[0]).toEqual({
      id: expect.any(String),
      at: approvedFirst.data.decidedAt,
      actor: { type: 'OPERATOR', name: approver.name, operatorId: approver.operatorId, role: 'admin' },
      action: 'escrow.manual-action.approve',
      outcome: 'SUCCEEDED',
      target: { type: 'manual-action', id: first },
      detail: { orderId, escrowId, actionId: first, kind: 'FORCE_REFUND', decision: 'APPROVED', proposedBy: proposer.operatorId },
      origin: { ip: null, userAgent: null },
      correlationId: approvedFirst.correlationId,
      source: 'escrow',
      sourceEvent: { id: approvedFirst.id, type: 'escrow.manual-action-decided' },
    });
    expect(onFirst[1]).toMatchObject({ detail: { amount: 1_235_000, kind: 'FORCE_REFUND' }, sourceEvent: { id: proposedFirst.id } });
    expect((await audit(`targetId=${second}&source=escrow`)).map((l) => [l.action, l.actor.operatorId])).toEqual([
      ['escrow.manual-action.reject', proposer.operatorId],
      ['escrow.manual-action.propose', approver.operatorId],
    ]);
    const onDispute = await audit(`targetId=${disputeId}`);
    expect(onDispute.map((l) => [l.action, l.actor.name, l.actor.role, l.source])).toEqual([
      ['disputes.vulnerable-flag.confirm', mediator.name, 'mediator', 'disputes'],
      ['disputes.decide', mediator.name, 'mediator', 'disputes'],
    ]);
    expect(onDispute[1]).toMatchObject({ at: decidedDispute.data.decidedAt, detail: { orderId, disputeId, outcome: 'REFUND_PARTIAL', amount: 450_000, onTime: true } });
    // No operator's free text, no vulnerable consumer's category.
    expect(JSON.stringify([...onFirst, ...onDispute])).not.toMatch(/sao kê|trả hai lần|chị Hoa|78 tuổi|ELDERLY/);
    expect((await audit(`operatorId=${mediator.operatorId}&action=disputes.*`)).length).toBe(2);
  });

  it('writes an event’s audit line once even when its projection runs again past the inbox', async () => {
    const again = async (e: ConsoleEvent) => kit.tx((m) => kit.app.get(ProjectEventUseCase).execute(m, e));
    await again(approvedFirst as ConsoleEvent);
    await again(decidedDispute as ConsoleEvent);
    expect((await audit(`targetId=${first}&action=escrow.manual-action.approve`)).length).toBe(1);
    expect((await audit(`targetId=${disputeId}&action=disputes.decide`)).length).toBe(1);
    expect((await desk(`status=APPROVED&orderId=${orderId}`)).items.map((a) => a.actionId)).toEqual([first]);
  });

  it('is for operators only, and checks its query', async () => {
    expect((await kit.get('/v1/admin/manual-actions')).status).toBe(401);
    expect((await kit.get('/v1/admin/manual-actions?status=DONE', viewer.token)).status).toBe(400);
    expect((await kit.get('/v1/admin/manual-actions?orderId=nope', viewer.token)).status).toBe(400);
  });
});
