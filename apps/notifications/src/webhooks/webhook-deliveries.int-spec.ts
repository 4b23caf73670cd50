/**
 * An endpoint's deliveries and replays on the real PostgreSQL, Redis and Kafka, with the real delivery pipeline
 * (planner and dispatcher) sending to local webhook receivers that verify Standard Webhooks signatures and fail on
 * command: the listing with every try, tenancy, validation, replay of a window (same `webhook-id`, per-order order
 * under retries, everything else left alone), a disabled endpoint, and retries with the same Idempotency-Key; and a
 * payment partner's payout and refund instructions, delivered signed to its own endpoint only.
 */
import { randomUUID } from 'node:crypto';
import type { EventOf, EventType, PayloadOf } from '@trustcircle/contracts';
import type { HandlerContext } from '@trustcircle/messaging';
import { NotifyOnEvents } from '../pipeline/api/notify-on-events.consumer';
import { NotificationDispatcher } from '../pipeline/application/dispatch/notification-dispatcher';
import { FakeWebhookReceiver, type ReceivedWebhook } from '../testing/fake-providers';
import { NotificationsTestKit, type TestPartner } from '../testing/notifications-test-kit';
import { createEndpoint, patch } from './testing/webhooks-test-helpers';

jest.setTimeout(60_000);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = 86_400_000;
const ESCROW_EVENTS = ['escrow.escrow-funded', 'escrow.inspection-started', 'escrow.escrow-released'];

let kit: NotificationsTestKit;
/** The receiver of most endpoints; `replayReceiver` serves only the endpoint whose replay fails on command. */
let receiver: FakeWebhookReceiver;
let replayReceiver: FakeWebhookReceiver;
const secrets: string[] = [];

beforeAll(async () => {
  [receiver, replayReceiver] = await Promise.all([FakeWebhookReceiver.start({ secrets: [] }), FakeWebhookReceiver.start({ secrets: [] })]);
  kit = await NotificationsTestKit.start({
    WEBHOOK_ALLOW_INSECURE_URLS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    NOTIFICATION_RETRY_SCHEDULE_SECONDS: '0,30,60',
    NOTIFICATION_DISPATCH_INTERVAL_MS: '600000',
  });
  await flushStaleRows();
});

/**
 * The test database is shared: other suites (and benchmarks) may have left rows due, some of which the dispatcher
 * cannot deliver (an endpoint sealed under another platform key throws). Deliver or claim them first, so this file's
 * passes see its own rows: a claimed row stays leased (NOTIFICATION_LEASE_SECONDS, 120 s) longer than this file moves
 * the clock (62 s).
 */
async function flushStaleRows(): Promise<void> {
  for (let pass = 0; pass < 20; pass++) {
    try {
      await dispatch();
      return;
    } catch {
      // a stale row of another suite: it stays claimed; the next pass goes on with the rest
    }
  }
}

afterAll(async () => {
  await kit?.close();
  await Promise.all([receiver?.close(), replayReceiver?.close()]);
});

beforeEach(() => {
  receiver.recover();
  replayReceiver.recover();
});

type Endpoint = Awaited<ReturnType<typeof createEndpoint>> & { path: string; rx: FakeWebhookReceiver };

/** A new endpoint of `partner` on a path of its own at `rx`, whose receiver verifies its signatures. */
async function endpointFor(partner: TestPartner, events: string[], rx: FakeWebhookReceiver = receiver): Promise<Endpoint> {
  const path = `/hooks/${randomUUID()}`;
  const endpoint = await createEndpoint(kit, partner, { url: `${rx.url}${path}`, events });
  secrets.push(endpoint.secret);
  receiver.setSecrets(secrets);
  replayReceiver.setSecrets(secrets);
  return { ...endpoint, path, rx };
}

/** Every request the endpoint's receiver got for it, in arrival order. */
const deliveredTo = (ep: Endpoint): ReceivedWebhook[] => ep.rx.received.filter((w) => w.request.path === ep.path);
const eventIdOf = (w: ReceivedWebhook): string => (JSON.parse(w.request.body) as { eventId: string }).eventId;

/** A new order of `partner`, known to notifications as `orders.order-placed` tells it. */
async function order(partner: TestPartner): Promise<string> {
  const orderId = randomUUID();
  await apply('orders.order-placed', { orderId, code: `TC-${randomUUID().slice(0, 8)}`.toUpperCase(), marketplaceId: partner.id, buyer: { name: 'Nguyễn Thị Hoa', phone: '+84901234567' }, totalAmount: 1_235_000 });
  return orderId;
}

/** Applies an event (occurred now, or at `occurredAt`) as the consumer does, in a transaction; answers it. */
async function apply<T extends EventType>(type: T, data: Partial<PayloadOf<T>>, occurredAt?: string): Promise<EventOf<T>> {
  const event = { ...kit.event(type, data), ...(occurredAt ? { occurredAt } : {}) };
  await kit.tx((m) => kit.app.get(NotifyOnEvents).handle(event as never, { manager: m } as HandlerContext));
  return event;
}
const funded = (orderId: string, occurredAt?: string) => apply('escrow.escrow-funded', { orderId, heldAmount: 1_235_000, source: 'PREPAID' }, occurredAt);
const released = (orderId: string) => apply('escrow.escrow-released', { orderId, amount: 1_235_000 });
const dispatch = () => kit.app.get(NotificationDispatcher).dispatchNow();

/** The endpoint's notification rows as stored, oldest first. */
async function stored(endpointId: string): Promise<Array<Record<string, unknown>>> {
  return (await kit.db.query(
    `SELECT "id", "event_id" AS "eventId", "status", "rounds", "attempts", "next_attempt_at" AS "nextAttemptAt", "finished_at" AS "finishedAt", "sent_at" AS "sentAt", "lease_until" AS "leaseUntil"
       FROM "notifications"."notifications" WHERE "endpoint_id" = $1 ORDER BY "seq"`,
    [endpointId],
  )) as Array<Record<string, unknown>>;
}

/** POSTs a replay, with an Idempotency-Key when given; answers status, body and whether it was a stored answer. */
async function replay(bearer: string | undefined, endpointId: string, body: unknown, idempotencyKey?: string): Promise<{ status: number; body: Record<string, unknown>; replayedAnswer: boolean }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  const res = await fetch(`${kit.baseUrl}/v1/webhook-endpoints/${endpointId}/replay`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, replayedAnswer: res.headers.get('idempotent-replayed') === 'true' };
}

/** The fields a 400 names (in `errors[].field`, or `field` for the rules beyond the DTO). */
function fieldsOf(body: Record<string, unknown>): string[] {
  const errors = (body.errors as Array<{ field: string }> | undefined) ?? [];
  return [...new Set(errors.length ? errors.map((e) => e.field) : [body.field as string])];
}

describe('GET /v1/webhook-endpoints/{id}/deliveries', () => {
  it('lists the webhooks newest first with every try, after a delivery that failed and was retried', async () => {
    const shop = await kit.registerPartner('MARKETPLACE');
    const ep = await endpointFor(shop, ['escrow.escrow-funded', 'escrow.escrow-released']);
    const orderId = await order(shop);
    receiver.failNext(1, { status: 500, body: { error: 'receiver busy' } });
    const first = await funded(orderId);
    const second = await released(orderId);
    await dispatch();

    // the first failed and waits for its retry; the second waits behind it (same order)
    const during = await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries`, shop.apiKey);
    expect(during.status).toBe(200);
    const [waiting, retrying] = during.body.items as Array<Record<string, unknown>>;
    expect(during.body.items).toHaveLength(2);
    expect(waiting).toEqual({
      id: expect.stringMatching(UUID),
      eventId: second.id,
      eventType: 'escrow.escrow-released',
      orderId,
      eventOccurredAt: second.occurredAt,
      status: 'PENDING',
      rounds: 0,
      attemptCount: 0,
      nextAttemptAt: expect.stringMatching(ISO),
      lastError: null,
      createdAt: expect.stringMatching(ISO),
      sentAt: null,
      finishedAt: null,
      attempts: [],
    });
    expect(retrying).toMatchObject({ eventId: first.id, status: 'PENDING', rounds: 1, attemptCount: 1, lastError: 'HTTP 500', sentAt: null, finishedAt: null });
    const [failedTry] = retrying.attempts as Array<Record<string, unknown>>;
    expect(retrying.attempts).toEqual([
      { attempt: 1, provider: 'webhook', outcome: 'FAILED', retryable: true, statusCode: 500, response: '{"error":"receiver busy"}', error: 'HTTP 500', latencyMs: expect.any(Number), at: expect.stringMatching(ISO) },
    ]);
    const retryIn = Date.parse(retrying.nextAttemptAt as string) - Date.parse(failedTry.at as string);
    expect(retryIn).toBeGreaterThanOrEqual(30_000); // the schedule's second delay (scaled down to 30 s here)
    expect(retryIn).toBeLessThan(32_000);

    await kit.advance(31_000);
    await dispatch();
    const requests = deliveredTo(ep);
    expect(requests.map((w) => [eventIdOf(w), w.request.answeredWith, w.verified])).toEqual([
      [first.id, 500, true],
      [first.id, 204, true],
      [second.id, 204, true],
    ]);

    const after = await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries`, shop.apiKey);
    const [secondView, firstView] = after.body.items as Array<Record<string, unknown>>;
    expect(after.body.nextCursor).toBeNull();
    expect(secondView).toMatchObject({ id: requests[2].webhookId, eventId: second.id, status: 'SENT', rounds: 1, attemptCount: 1, nextAttemptAt: null, lastError: null });
    expect(secondView.finishedAt).toBe(secondView.sentAt);
    expect(firstView).toMatchObject({ id: requests[0].webhookId, eventId: first.id, status: 'SENT', rounds: 2, attemptCount: 2, nextAttemptAt: null, lastError: null, sentAt: expect.stringMatching(ISO) });
    expect(requests[1].webhookId).toBe(requests[0].webhookId); // a retry keeps the webhook-id
    expect((firstView.attempts as Array<Record<string, unknown>>).map((a) => [a.attempt, a.outcome, a.statusCode, a.response, a.error])).toEqual([
      [1, 'FAILED', 500, '{"error":"receiver busy"}', 'HTTP 500'],
      [2, 'SENT', 204, null, null],
    ]);

    // keyset pages, the status filter, and operators (viewer) see the same
    const page1 = await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries?limit=1`, shop.apiKey);
    expect(page1.body.items).toEqual([secondView]);
    const page2 = await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries?limit=1&cursor=${String(page1.body.nextCursor)}`, shop.apiKey);
    expect(page2.body).toEqual({ items: [firstView], nextCursor: null });
    expect((await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries?status=SENT`, shop.apiKey)).body.items).toHaveLength(2);
    expect((await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries?status=FAILED`, shop.apiKey)).body).toEqual({ items: [], nextCursor: null });
    expect(await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries`, kit.operatorToken('viewer'))).toEqual(after);
  });

  it('is for the owner and operators only: another partner 404, a courier 403, no credentials 401; deleted endpoints stay visible to operators only', async () => {
    const [shop, otherShop, bank, courier] = await Promise.all([
      kit.registerPartner('MARKETPLACE'),
      kit.registerPartner('MARKETPLACE'),
      kit.registerPartner('PAYMENT_PARTNER'),
      kit.registerPartner('COURIER'),
    ]);
    const ep = await endpointFor(shop, ['escrow.escrow-funded']);
    await funded(await order(shop));
    await dispatch();
    const path = `/v1/webhook-endpoints/${ep.id}/deliveries`;
    const window = { from: new Date(kit.now().getTime() - DAY).toISOString(), to: new Date(kit.now().getTime() + 1000).toISOString() };

    expect((await kit.get(path, shop.apiKey)).body.items).toHaveLength(1);
    expect((await kit.get(path, kit.operatorToken('viewer'))).body.items).toHaveLength(1);
    expect(await kit.get(path, otherShop.apiKey)).toMatchObject({ status: 404, body: { type: expect.stringContaining('webhook-endpoint-not-found') } });
    expect((await kit.get(path, bank.apiKey)).status).toBe(404);
    expect((await kit.get(path, courier.apiKey)).status).toBe(403);
    expect((await kit.get(path)).status).toBe(401);
    expect((await kit.get(`/v1/webhook-endpoints/${randomUUID()}/deliveries`, kit.operatorToken('viewer'))).status).toBe(404);

    expect((await replay(otherShop.apiKey, ep.id, window)).status).toBe(404);
    expect((await replay(bank.apiKey, ep.id, window)).status).toBe(404);
    expect((await replay(courier.apiKey, ep.id, window)).status).toBe(403);
    expect((await replay(kit.operatorToken('admin'), ep.id, window)).status).toBe(403); // the owner only
    expect((await replay(undefined, ep.id, window)).status).toBe(401);

    // a payment partner has endpoints and deliveries of its own
    const bankEp = await endpointFor(bank, ['escrow.payout-instruction-issued']);
    expect(await kit.get(`/v1/webhook-endpoints/${bankEp.id}/deliveries`, bank.apiKey)).toEqual({ status: 200, body: { items: [], nextCursor: null } });
    expect(await replay(bank.apiKey, bankEp.id, window)).toEqual({ status: 202, body: { replayed: 0 }, replayedAnswer: false });

    // deleted: gone for its owner (listing and replay), still explainable to operators
    expect((await kit.call('DELETE', `/v1/webhook-endpoints/${ep.id}`, shop.apiKey)).status).toBe(204);
    expect((await kit.get(path, shop.apiKey)).status).toBe(404);
    expect((await replay(shop.apiKey, ep.id, window)).status).toBe(404);
    expect((await kit.get(path, kit.operatorToken('viewer'))).body.items).toMatchObject([{ eventType: 'escrow.escrow-funded', status: 'SENT' }]);
  });
});

describe('validation', () => {
  let shop: TestPartner;
  let ep: Endpoint;
  beforeAll(async () => {
    shop = await kit.registerPartner('MARKETPLACE');
    ep = await endpointFor(shop, ['escrow.escrow-funded']);
  });

  it.each([
    ['an unknown status', '?status=DONE', ['status']],
    ['limit 0', '?limit=0', ['limit']],
    ['limit 101', '?limit=101', ['limit']],
    ['a limit that is no number', '?limit=ten', ['limit']],
    ['a cursor this API did not issue', '?cursor=nonsense', ['cursor']],
    ['an event feed cursor', `?cursor=${Buffer.from('ev1.5').toString('base64url')}`, ['cursor']],
    ['an unknown parameter', '?colour=red', ['colour']],
  ])('a listing with %s answers 400 naming the field', async (_case, query, fields) => {
    const res = await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries${query}`, shop.apiKey);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(fields);
  });

  const from = '2026-03-01T00:00:00Z';
  it.each([
    ['nothing', {}, ['from', 'to']],
    ['no from', { to: from }, ['from']],
    ['no to', { from }, ['to']],
    ['from in words', { from: 'yesterday', to: from }, ['from']],
    ['from a bare date', { from: '2026-02-28', to: from }, ['from']],
    ['from without an offset', { from: '2026-02-28T00:00:00', to: from }, ['from']],
    ['from a date that does not exist', { from: '2026-02-30T00:00:00Z', to: '2026-03-02T00:00:00Z' }, ['from']],
    ['from a number', { from: 1_772_323_200_000, to: from }, ['from']],
    ['to equal to from', { from, to: from }, ['to']],
    ['to before from', { from, to: '2026-02-28T23:59:59Z' }, ['to']],
    ['a window over 30 days', { from, to: '2026-03-31T00:00:00.001Z' }, ['to']],
    ['an unknown field', { from, to: '2026-03-02T00:00:00Z', endpointId: randomUUID() }, ['endpointId']],
  ])('a replay with %s answers 400 naming the field', async (_case, body, fields) => {
    const res = await replay(shop.apiKey, ep.id, body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(fields);
  });

  it('names the id when it is not a UUID; a window of exactly 30 days is accepted', async () => {
    expect(fieldsOf((await kit.get('/v1/webhook-endpoints/not-a-uuid/deliveries', shop.apiKey)).body)).toEqual(['id']);
    expect(fieldsOf((await replay(shop.apiKey, 'not-a-uuid', { from, to: '2026-03-02T00:00:00Z' })).body)).toEqual(['id']);
    expect(await replay(shop.apiKey, ep.id, { from, to: '2026-03-31T07:00:00+07:00' })).toEqual({ status: 202, body: { replayed: 0 }, replayedAnswer: false });
  });
});

describe('POST /v1/webhook-endpoints/{id}/replay', () => {
  it('re-delivers exactly the webhooks of events in [from, to), same webhook-id, each order in its original order under retries; leaves the rest alone', async () => {
    const shop = await kit.registerPartner('MARKETPLACE');
    const ep = await endpointFor(shop, ESCROW_EVENTS, replayReceiver);
    const twin = await endpointFor(shop, ESCROW_EVENTS); // same partner and events, another endpoint: never touched
    const [a, b, c] = [await order(shop), await order(shop), await order(shop)];
    const tick = () => kit.advanceWithoutSweep(1000);
    const a1 = await funded(a);
    tick();
    const a2 = await apply('escrow.inspection-started', { orderId: a }); // = from: included
    tick();
    const b1 = await funded(b);
    tick();
    const a3 = await released(a);
    tick();
    const b2 = await released(b); // = to: excluded
    await dispatch();
    // c1 happened inside the window, but its webhook is still waiting for a retry when the replay comes
    replayReceiver.failNext(1);
    const c1 = await funded(c, new Date(Date.parse(b1.occurredAt) + 500).toISOString());
    await dispatch();

    const original = new Map(deliveredTo(ep).map((w) => [eventIdOf(w), w.webhookId]));
    expect(original.size).toBe(6);
    const [before, twinBefore] = [await stored(ep.id), await stored(twin.id)];
    const byEvent = (rows: Array<Record<string, unknown>>) => new Map(rows.map((r) => [r.eventId as string, r]));
    expect([...byEvent(before).values()].map((r) => [r.eventId, r.status])).toEqual([
      [a1.id, 'SENT'],
      [a2.id, 'SENT'],
      [b1.id, 'SENT'],
      [a3.id, 'SENT'],
      [b2.id, 'SENT'],
      [c1.id, 'PENDING'],
    ]);

    const res = await replay(shop.apiKey, ep.id, { from: a2.occurredAt, to: b2.occurredAt });
    expect(res).toEqual({ status: 202, body: { replayed: 3 }, replayedAnswer: false });
    const now = kit.now().getTime();
    const afterReplay = byEvent(await stored(ep.id));
    for (const e of [a2, b1, a3]) {
      const row = afterReplay.get(e.id) as Record<string, unknown>;
      expect(row).toMatchObject({ id: original.get(e.id), status: 'PENDING', rounds: 0, attempts: 1, finishedAt: null, leaseUntil: null });
      expect(now - (row.nextAttemptAt as Date).getTime()).toBeGreaterThanOrEqual(0);
      expect(now - (row.nextAttemptAt as Date).getTime()).toBeLessThan(5_000);
    }
    for (const e of [a1, b2, c1]) expect(afterReplay.get(e.id)).toEqual(byEvent(before).get(e.id)); // outside, or still PENDING: untouched
    expect(await stored(twin.id)).toEqual(twinBefore);

    // the first round of the replay fails: a2 and b1 are tried, a3 waits behind a2 (same order), c1 is not due yet
    const seen = deliveredTo(ep).length;
    replayReceiver.failAll(503);
    await dispatch();
    expect(deliveredTo(ep).slice(seen).map(eventIdOf).sort()).toEqual([a2.id, b1.id].sort());
    const retrying = byEvent(await stored(ep.id));
    for (const e of [a2, b1]) {
      const row = retrying.get(e.id) as Record<string, unknown>;
      expect(row).toMatchObject({ status: 'PENDING', rounds: 1, attempts: 2 });
      const retryIn = (row.nextAttemptAt as Date).getTime() - kit.now().getTime();
      expect(retryIn).toBeGreaterThan(25_000); // the schedule restarted: 30 s (its second delay), not 60 s (its third)
      expect(retryIn).toBeLessThanOrEqual(30_000);
    }

    replayReceiver.recover();
    await kit.advance(31_000);
    await dispatch();
    const replayed = deliveredTo(ep).slice(seen);
    const ofOrder = (orderId: string) =>
      replayed.filter((w) => (JSON.parse(w.request.body) as { data: { orderId: string } }).data.orderId === orderId).map((w) => [eventIdOf(w), w.request.answeredWith, w.webhookId, w.verified]);
    expect(ofOrder(a)).toEqual([
      [a2.id, 503, original.get(a2.id), true],
      [a2.id, 204, original.get(a2.id), true],
      [a3.id, 204, original.get(a3.id), true],
    ]);
    expect(ofOrder(b)).toEqual([
      [b1.id, 503, original.get(b1.id), true],
      [b1.id, 204, original.get(b1.id), true],
    ]);
    expect(ofOrder(c)).toEqual([[c1.id, 204, original.get(c1.id), true]]); // its own retry, once
    expect(replayed).toHaveLength(6);
    const after = byEvent(await stored(ep.id));
    expect([a1, a2, b1, a3, b2, c1].map((e) => [after.get(e.id)?.status, after.get(e.id)?.attempts, after.get(e.id)?.rounds])).toEqual([
      ['SENT', 1, 1],
      ['SENT', 3, 2],
      ['SENT', 3, 2],
      ['SENT', 2, 1],
      ['SENT', 1, 1],
      ['SENT', 2, 2],
    ]);
    expect(deliveredTo(twin)).toHaveLength(6); // once each, never replayed
  });

  it('refuses a disabled endpoint with 409; once enabled, re-delivers what failed while it was disabled, in order', async () => {
    const shop = await kit.registerPartner('MARKETPLACE');
    const ep = await endpointFor(shop, ['escrow.escrow-funded', 'escrow.escrow-released']);
    const orderId = await order(shop);
    const from = kit.now().toISOString();
    const first = await funded(orderId);
    const second = await released(orderId);
    expect((await patch(kit, `/v1/webhook-endpoints/${ep.id}`, shop.apiKey, { status: 'DISABLED' })).status).toBe(200);
    await dispatch();
    const failed = await stored(ep.id);
    expect(failed.map((r) => [r.eventId, r.status])).toEqual([
      [first.id, 'FAILED'],
      [second.id, 'FAILED'],
    ]);
    const window = { from, to: new Date(kit.now().getTime() + 1000).toISOString() };

    const refused = await replay(shop.apiKey, ep.id, window);
    expect(refused).toMatchObject({ status: 409, body: { type: expect.stringContaining('webhook-endpoint-disabled'), endpointId: ep.id, disabledReason: 'BY_OWNER' } });
    expect(await stored(ep.id)).toEqual(failed);

    expect((await patch(kit, `/v1/webhook-endpoints/${ep.id}`, shop.apiKey, { status: 'ENABLED' })).status).toBe(200);
    expect(await replay(shop.apiKey, ep.id, window)).toEqual({ status: 202, body: { replayed: 2 }, replayedAnswer: false });
    await dispatch();
    expect(deliveredTo(ep).map((w) => [w.eventType, w.webhookId, w.request.answeredWith])).toEqual([
      ['escrow.escrow-funded', failed[0].id, 204],
      ['escrow.escrow-released', failed[1].id, 204],
    ]);
    const listed = (await kit.get(`/v1/webhook-endpoints/${ep.id}/deliveries`, shop.apiKey)).body.items as Array<Record<string, unknown>>;
    expect(listed.map((d) => [d.eventId, d.status, d.rounds, d.attemptCount, (d.attempts as unknown[]).length, d.lastError])).toEqual([
      [second.id, 'SENT', 1, 2, 1, null], // the round refused while disabled counts, but left no try
      [first.id, 'SENT', 1, 2, 1, null],
    ]);
  });

  it('answers a retry with the same Idempotency-Key as the first time, without replaying again', async () => {
    const shop = await kit.registerPartner('MARKETPLACE');
    const ep = await endpointFor(shop, ['escrow.escrow-funded']);
    const event = await funded(await order(shop));
    await dispatch();
    const window = { from: event.occurredAt, to: new Date(Date.parse(event.occurredAt) + 1).toISOString() };
    const key = randomUUID();

    expect(await replay(shop.apiKey, ep.id, window, key)).toEqual({ status: 202, body: { replayed: 1 }, replayedAnswer: false });
    await dispatch();
    expect(deliveredTo(ep)).toHaveLength(2);

    expect(await replay(shop.apiKey, ep.id, window, key)).toEqual({ status: 202, body: { replayed: 1 }, replayedAnswer: true });
    expect((await stored(ep.id))[0]).toMatchObject({ status: 'SENT', rounds: 1, attempts: 2 }); // not put back in the queue
    await dispatch();
    expect(deliveredTo(ep)).toHaveLength(2);

    expect((await replay(shop.apiKey, ep.id, { ...window, to: new Date(Date.parse(window.to) + 1).toISOString() }, key)).status).toBe(422);
    expect(await replay(shop.apiKey, ep.id, window, randomUUID())).toEqual({ status: 202, body: { replayed: 1 }, replayedAnswer: false });
    expect((await stored(ep.id))[0]).toMatchObject({ status: 'PENDING', rounds: 0 });
  });
});

describe('payment partners', () => {
  it('receive the payout and refund instructions that name them, signed with their endpoint’s secret, in their deliveries and feed; nobody else does', async () => {
    const [shop, bank, otherBank] = await Promise.all([kit.registerPartner('MARKETPLACE'), kit.registerPartner('PAYMENT_PARTNER'), kit.registerPartner('PAYMENT_PARTNER')]);
    const bankEp = await endpointFor(bank, ['escrow.payout-instruction-issued', 'escrow.refund-instruction-issued']);
    const otherBankEp = await endpointFor(otherBank, ['*']);
    const shopEp = await endpointFor(shop, ['*']); // every type a marketplace may receive: instructions are not among them
    const orderId = await order(shop);
    const escrowId = randomUUID();
    const payout = await apply('escrow.payout-instruction-issued', { instructionId: randomUUID(), orderId, escrowId, marketplaceId: shop.id, partnerId: bank.id, amount: 1_210_300 });
    const refund = await apply('escrow.refund-instruction-issued', { instructionId: randomUUID(), orderId, escrowId, marketplaceId: shop.id, partnerId: bank.id, amount: 25_000, reason: 'OVERPAYMENT' });
    // A payment that never matched an order is refunded too: no order, no marketplace.
    const unmatched = await apply('escrow.refund-instruction-issued', {
      instructionId: randomUUID(),
      orderId: null,
      escrowId: null,
      marketplaceId: null,
      partnerId: bank.id,
      amount: 50_000,
      reason: 'UNMATCHED_PAYMENT',
      originalPartnerTxnId: 'VNPAY-88009999',
    });
    const ours = [payout, refund, unmatched];
    await dispatch();

    const received = deliveredTo(bankEp);
    expect(received.map((w) => [w.eventType, eventIdOf(w), w.request.answeredWith, w.verified]).sort()).toEqual(
      [
        ['escrow.payout-instruction-issued', payout.id, 204, true],
        ['escrow.refund-instruction-issued', refund.id, 204, true],
        ['escrow.refund-instruction-issued', unmatched.id, 204, true],
      ].sort(),
    );
    expect(received.map(eventIdOf).filter((id) => id !== unmatched.id)).toEqual([payout.id, refund.id]); // one order's, in order
    for (const w of received) {
      expect(w.verifiedWith).toEqual([secrets.indexOf(bankEp.secret)]); // signed with this endpoint's secret, and only it
      const event = ours.find((e) => e.id === eventIdOf(w)) as (typeof ours)[number];
      expect(JSON.parse(w.request.body)).toEqual({ type: event.type, timestamp: event.occurredAt, eventId: event.id, data: event.data });
    }
    expect((JSON.parse(received.find((w) => eventIdOf(w) === payout.id)?.request.body ?? '{}') as { data: Record<string, unknown> }).data).toMatchObject({
      kind: 'PAYOUT',
      amount: 1_210_300,
      beneficiary: { party: 'SELLER', destination: 'BANK_ACCOUNT', accountNumberMasked: '******6789' },
    });
    const ids = new Set(ours.map((e) => e.id));
    expect([...deliveredTo(otherBankEp), ...deliveredTo(shopEp)].filter((w) => ids.has(eventIdOf(w)))).toEqual([]);

    const deliveries = await kit.get(`/v1/webhook-endpoints/${bankEp.id}/deliveries`, bank.apiKey);
    expect((deliveries.body.items as Array<Record<string, unknown>>).map((d) => [d.eventId, d.status, d.attemptCount]).sort()).toEqual(ours.map((e) => [e.id, 'SENT', 1]).sort());
    expect(new Set((deliveries.body.items as Array<Record<string, unknown>>).map((d) => d.id))).toEqual(new Set(received.map((w) => w.webhookId)));
    const roles = (await kit.db.query(`SELECT DISTINCT "recipient_role" FROM "notifications"."notifications" WHERE "event_id" = ANY($1::uuid[])`, [[...ids]])) as unknown[];
    expect(roles).toEqual([{ recipient_role: 'PAYMENT_PARTNER' }]);
    const feed = (await kit.get('/v1/events?limit=500', bank.apiKey)).body.items as Array<{ id: string; type: string; orderId: string | null }>;
    expect(feed.map((e) => [e.id, e.type, e.orderId])).toEqual([
      [payout.id, 'escrow.payout-instruction-issued', orderId],
      [refund.id, 'escrow.refund-instruction-issued', orderId],
      [unmatched.id, 'escrow.refund-instruction-issued', null],
    ]);
    expect((await kit.get('/v1/events?limit=500', otherBank.apiKey)).body.items).toEqual([]);
  });
});
