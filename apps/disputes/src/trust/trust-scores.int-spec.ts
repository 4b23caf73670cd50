/**
 * Public trust scores against the real PostgreSQL, Redis and Kafka (an in-process disputes app whose clock the
 * test moves over 100 days): orders placed arrive on Kafka through the real consumer and its inbox (in bulk, through
 * the use case the consumer calls, to keep the shared broker light); disputes are
 * filed, answered, withdrawn and defaulted through the real API and deadline sweep; the API answers exactly the
 * figures computed by hand below.
 *
 * The history (day -k = k Vietnamese days before the last day, "today"; every step at 12:00 Asia/Ho_Chi_Minh):
 *   marketplace M, merchant A (seller-a), merchant B (seller-b); marketplace M2, merchant C (also "seller-a").
 *   day -100  A: 3 orders                                                   (outside both windows)
 *   day -60   A: 78 orders; B: 20 orders; D1, D2 filed on two more A orders (A: 80 orders that day)
 *   day -58   D1 accepted at 04:00 (40 h after filing); D2 unanswered: default judgment at 12:00 (48 h)
 *   day -30   B: 7 orders                                                   (the day before the 30-day window)
 *   day -29   B: 3 orders                                                   (its first day)
 *   day -20   A: 156 orders; D3, D4, D6 filed on three more (A: 159); D5 filed on one more B order (B: 41)
 *             D4 accepted +1 h; D6 withdrawn by the buyer +5 h; D3 rejected +10 h; D5 accepted +10 h
 *   day -17   D3 closed at 22:00: the buyer did not escalate in 72 h (82 h after filing)
 *   day -5    D7 filed on one more A order; C: 9 orders, D8 filed on one more (C: 10); D8 accepted +1 h
 *   day -3    D7: the merchant answers at 13:00 (49 h), too late (409); the sweep then decides by default
 *   day 0     today, 12:00: the API is asked.
 * The minimum of orders for a score is 5 here (TRUST_SCORE_MIN_ORDERS).
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventOf } from '@trustcircle/contracts';
import { waitFor } from '@trustcircle/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { RecordOrderFactsUseCase } from '../disputes/application/record-order-facts/record-order-facts.use-case';
import { DisputesTestKit, type SeededOrder, type TestPartner, type TestResponse } from '../testing/disputes-test-kit';
import { addDays, vnDay } from './domain/trust-days';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const env = { ...process.env } as Record<string, string>;
let kit: DisputesTestKit;
let producer: Producer;
let M: TestPartner;
let M2: TestPartner;
let today: string;
/** An order-placed envelope of B on day -29, consumed from Kafka (redelivered below). */
let bOrderOfDay29: EventOf<'orders.order-placed'>;
/** Where the app clock stands, in ms after day -100 at 12:00 Asia/Ho_Chi_Minh. */
let planned = 0;

const A = () => `${M.id}:seller-a`;
const B = () => `${M.id}:seller-b`;
const C = () => `${M2.id}:seller-a`;

/** Moves the app clock (no sweep) to `hours` after 12:00 of day `day` (≤ 0). */
function goTo(day: number, hours = 0): void {
  const target = (100 + day) * DAY + hours * HOUR;
  kit.advanceWithoutSweep(target - planned);
  planned = target;
}

/** `n` order-placed envelopes of a seller, placed now (references unique: other services' consumers read them too). */
function orders(marketplaceId: string, sellerId: string, n: number): Array<EventOf<'orders.order-placed'>> {
  return Array.from({ length: n }, () => {
    const orderId = randomUUID();
    const ref = orderId.replace(/-/g, '').toUpperCase();
    return kit.event('orders.order-placed', {
      orderId,
      code: `TC-${ref.slice(0, 4)}-${ref.slice(4, 8)}`,
      marketplaceId,
      externalId: `TRUST-${ref.slice(0, 16)}`,
      paymentReference: `TC${ref.slice(0, 16)}`,
      seller: { id: sellerId, name: 'Shop' },
      totalAmount: 500_000,
      paymentMethod: 'PREPAID',
      placedAt: kit.now().toISOString(),
    });
  });
}

/**
 * Orders placed in bulk, applied as the consumer applies them (`RecordOrderFactsUseCase` in one transaction): kept
 * off the shared broker, where every other service's consumer would have to work through them.
 */
async function record(...events: Array<EventOf<'orders.order-placed'>>): Promise<void> {
  await kit.tx(async (m) => {
    for (const e of events) await kit.app.get(RecordOrderFactsUseCase).execute(m, e);
  });
}

/** Publishes envelopes on their topic (keyed by order) and waits until disputes' consumer took each one (inbox row). */
async function publish(...events: Array<EventOf<'orders.order-placed'>>): Promise<void> {
  await producer.send({ topic: EVENT_CATALOGUE['orders.order-placed'].topic, messages: events.map((e) => ({ key: e.key, value: JSON.stringify(e) })) });
  const ids = events.map((e) => e.id);
  await waitFor(async () => {
    const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "disputes"."inbox" WHERE "event_id" = ANY($1::uuid[])`, [ids])) as Array<{ n: number }>;
    return n === new Set(ids).size;
  }, { what: `disputes to consume ${ids.length} orders` });
}

/** An order of `seller` disputes knows (placed now, paid, in its inspection window) and a complaint filed about it. */
async function dispute(market: TestPartner, sellerId: string): Promise<{ order: SeededOrder; id: string }> {
  const order = await kit.seedOrderFacts({ marketplaceId: market.id, sellerId, fundedAt: kit.now(), inspectionEndsAt: new Date(kit.now().getTime() + 3 * DAY) });
  return { order, id: await kit.fileDispute(order) };
}

const respond = (market: TestPartner, id: string, body: Record<string, unknown>): Promise<TestResponse> => kit.call('POST', `/v1/disputes/${id}/responses`, market.apiKey, body);
const accept = async (market: TestPartner, id: string): Promise<void> => expect((await respond(market, id, { action: 'ACCEPT', message: 'Refund approved.' })).status).toBe(200);
const trust = (kind: 'merchant' | 'marketplace', id: string): Promise<TestResponse> => kit.get(`/v1/public/trust/${kind}/${encodeURIComponent(id)}`);

beforeAll(async () => {
  kit = await DisputesTestKit.start({ TRUST_SCORE_MIN_ORDERS: '5' });
  producer = new Kafka({ clientId: 'disputes-trust-scores-int-spec', brokers: env.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING }).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  [M, M2] = [await kit.registerPartner('MARKETPLACE'), await kit.registerPartner('MARKETPLACE')];

  // Day -100 at 12:00 in Vietnam (05:00 UTC): the next such instant.
  const now = kit.now().getTime();
  kit.advanceWithoutSweep(Math.ceil((now - 5 * HOUR) / DAY) * DAY + 5 * HOUR - now);
  await publish(...orders(M.id, 'seller-a', 3));

  goTo(-60);
  await record(...orders(M.id, 'seller-a', 78), ...orders(M.id, 'seller-b', 20));
  const d1 = await dispute(M, 'seller-a');
  await dispute(M, 'seller-a'); // D2: never answered
  goTo(-60, 40);
  await accept(M, d1.id);
  goTo(-60, 48);
  await kit.sweep(); // D2: default judgment

  goTo(-30);
  await publish(...orders(M.id, 'seller-b', 7));
  goTo(-29);
  const day29 = orders(M.id, 'seller-b', 3);
  bOrderOfDay29 = day29[0];
  await publish(...day29);

  goTo(-20);
  await record(...orders(M.id, 'seller-a', 156), ...orders(M.id, 'seller-b', 40));
  const [d3, d4, d5, d6] = [await dispute(M, 'seller-a'), await dispute(M, 'seller-a'), await dispute(M, 'seller-b'), await dispute(M, 'seller-a')];
  goTo(-20, 1);
  await accept(M, d4.id);
  goTo(-20, 5);
  expect((await kit.call('POST', `/v1/public/disputes/${d6.id}/withdraw`, kit.buyerToken(d6.order), {})).status).toBe(200);
  goTo(-20, 10);
  expect((await respond(M, d3.id, { action: 'REJECT', message: 'Sent as described.', evidence: [{ url: 'https://shop.example/packing-video' }] })).status).toBe(200);
  await accept(M, d5.id);
  goTo(-20, 82);
  await kit.sweep(); // D3: closed, the buyer did not escalate
  expect((await kit.dispute(d3.id)).state).toBe('CLOSED');

  goTo(-5);
  const d7 = await dispute(M, 'seller-a');
  await publish(...orders(M2.id, 'seller-a', 9));
  const d8 = await dispute(M2, 'seller-a');
  goTo(-5, 1);
  await accept(M2, d8.id);
  goTo(-5, 49);
  expect((await respond(M, d7.id, { action: 'ACCEPT', message: 'Sorry, late.' })).body).toMatchObject({ type: expect.stringMatching(/\/dispute-deadline-passed$/) });
  await kit.sweep(); // D7: default judgment
  expect((await kit.dispute(d7.id)).resolvedBy).toBe('DEFAULT_JUDGMENT');

  goTo(0);
  today = vnDay(kit.now());
});

afterAll(async () => {
  await producer?.disconnect();
  await kit?.close();
});

/** The two windows ending today with their days. */
const win = (days: 30 | 90, score: number | null, parts: Record<string, unknown>) => ({ days, from: addDays(today, -(days - 1)), to: today, score, parts });

it('answers a merchant’s windows exactly as computed by hand, public and cacheable', async () => {
  const res = await trust('merchant', A());
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  expect(res.body).toMatchObject({ kind: 'merchant', id: A(), marketplaceId: M.id, sellerId: 'seller-a', label: null });
  expect(Math.abs(Date.parse(String(res.body.asOf)) - kit.now().getTime())).toBeLessThan(60_000);
  expect(res.body.windows).toEqual({
    // 30 days (-29..0): orders 159 (day -20) + 1 (D7, day -5) = 160; disputes D3, D4, D6, D7 = 4 → 4 / 160 × 1000 = 25.0.
    // Answer due: D3, D4 in time; D7 default (D6 was withdrawn first) → 2 / 3 = 66.7 %, 1 default judgment.
    // Settled: D4 1 h, D6 5 h, D7 49 h, D3 82 h → the lower middle of 4 = 5 h (percentile_cont would say 27 h).
    // Score: 40 × 2/3 + 30 × (1 − 25/50) + 20 × (1 − 1/3) + 10 (5 h ≤ 3 days) = 26.67 + 15 + 13.33 + 10 = 65.
    '30d': win(30, 65, { answeredInTimePct: 66.7, medianResolutionHours: 5, disputesPer1000Orders: 25, defaultJudgmentsLost: 1, orders: 160, disputes: 4 }),
    // 90 days (-89..0): the 3 orders of day -100 drop; orders 80 (day -60) + 160 = 240; disputes + D1, D2 = 6 → 25.0.
    // Answer due + D1 (in time), D2 (default) → 3 / 5 = 60.0 %, 2 default judgments.
    // Settled + D1 40 h, D2 48 h → 1, 5, 40, 48, 49, 82 h: the lower middle of 6 = 40 h.
    // Score: 40 × 3/5 + 30 × (1 − 25/50) + 20 × (1 − 2/5) + 10 = 24 + 15 + 12 + 10 = 61.
    '90d': win(90, 61, { answeredInTimePct: 60, medianResolutionHours: 40, disputesPer1000Orders: 25, defaultJudgmentsLost: 2, orders: 240, disputes: 6 }),
  });
});

it('plots the 30-day score of each of the last 90 days, oldest first, from the same buckets', async () => {
  const { trend } = (await trust('merchant', A())).body as { trend: Array<{ day: string; score30d: number | null }> };
  expect(trend.map((p) => p.day)).toEqual(Array.from({ length: 90 }, (_, i) => addDays(today, i - 89)));
  const at = (day: number) => trend[89 + day].score30d;
  expect({ '-89': at(-89), '-60': at(-60), '-58': at(-58), '-31': at(-31), '-30': at(-30), '-20': at(-20), '0': at(0) }).toEqual({
    '-89': null, // -118..-89: the 3 orders of day -100 < 5
    '-60': 85, // 80 orders, 2 disputes (25.0 per 1,000 → 15), no answer due yet, none settled: 40 + 15 + 20 + 10
    '-58': 55, // + D1 in time, D2 default (1/2), settled at 40 h and 48 h: 20 + 15 + 10 + 10
    '-31': 55, // -60..-31: the same
    '-30': null, // -59..-30: day -60 dropped, no orders
    '-20': 89, // 159 orders, 3 disputes (30 × 99/159 = 18.68), D3 and D4 in time, settled 1 h and 5 h: 40 + 18.68 + 20 + 10 = 88.68
    '0': 65, // the 30-day window above
  });
});

it('counts another merchant of the marketplace on its own, the 30-day window starting on day -29', async () => {
  expect((await trust('merchant', B())).body.windows).toEqual({
    // Orders 3 (day -29; the 7 of day -30 drop) + 41 (day -20) = 44; D5: 1 dispute → 22.7 per 1,000; accepted in 10 h.
    // 40 + 30 × (1 − 20/44) + 20 + 10 = 40 + 16.36 + 20 + 10 = 86.36 → 86
    '30d': win(30, 86, { answeredInTimePct: 100, medianResolutionHours: 10, disputesPer1000Orders: 22.7, defaultJudgmentsLost: 0, orders: 44, disputes: 1 }),
    // Orders 20 + 7 + 3 + 41 = 71 → 14.1 per 1,000; 40 + 30 × (1 − 20/71) + 20 + 10 = 40 + 21.55 + 20 + 10 = 91.55 → 92
    '90d': win(90, 92, { answeredInTimePct: 100, medianResolutionHours: 10, disputesPer1000Orders: 14.1, defaultJudgmentsLost: 0, orders: 71, disputes: 1 }),
  });
});

it('aggregates the marketplace’s merchants', async () => {
  const res = await trust('marketplace', M.id);
  expect(res.body).toMatchObject({ kind: 'marketplace', id: M.id, marketplaceId: M.id, sellerId: null, label: null });
  expect(res.body.windows).toEqual({
    // A + B: orders 160 + 44 = 204, disputes 4 + 1 = 5 → 24.5 per 1,000; answered 3 of 4 = 75.0 %; 1 default.
    // Settled 1, 5, 10, 49, 82 h → 10 h. 40 × 3/4 + 30 × (1 − 100/204) + 20 × 3/4 + 10 = 30 + 15.29 + 15 + 10 = 70.29 → 70
    '30d': win(30, 70, { answeredInTimePct: 75, medianResolutionHours: 10, disputesPer1000Orders: 24.5, defaultJudgmentsLost: 1, orders: 204, disputes: 5 }),
    // Orders 240 + 71 = 311, disputes 7 → 22.5; answered 4 of 6 = 66.7 %; 2 defaults; settled 1, 5, 10, 40, 48, 49, 82 h → 40 h.
    // 40 × 4/6 + 30 × (1 − 140/311) + 20 × 4/6 + 10 = 26.67 + 16.50 + 13.33 + 10 = 66.50 (66.495…) → 66
    '90d': win(90, 66, { answeredInTimePct: 66.7, medianResolutionHours: 40, disputesPer1000Orders: 22.5, defaultJudgmentsLost: 2, orders: 311, disputes: 7 }),
  });
});

it('keeps a seller of another marketplace apart, even with the same seller id', async () => {
  // C: 9 orders + D8's = 10, D8 accepted in 1 h → 100.0 per 1,000 (≥ 50: 0 points): 40 + 0 + 20 + 10 = 70.
  const c = win(30, 70, { answeredInTimePct: 100, medianResolutionHours: 1, disputesPer1000Orders: 100, defaultJudgmentsLost: 0, orders: 10, disputes: 1 });
  expect((await trust('merchant', C())).body.windows).toEqual({ '30d': c, '90d': { ...c, days: 90, from: addDays(today, -89) } });
  expect(((await trust('marketplace', M2.id)).body.windows as Record<string, unknown>)['30d']).toEqual(c);
});

it('counts a redelivered order once, and an order placed again under a new event id once', async () => {
  const again = { ...bOrderOfDay29, id: randomUUID() }; // same order, another envelope: its placing is already known
  await publish(bOrderOfDay29, again);
  const windows = (await trust('merchant', B())).body.windows as Record<string, { parts: { orders: number } }>;
  expect([windows['30d'].parts.orders, windows['90d'].parts.orders]).toEqual([44, 71]);
});

it('answers 404 for an unknown subject and 400 naming id for a malformed one; takes the colon raw or encoded', async () => {
  expect((await kit.get(`/v1/public/trust/merchant/${A()}`)).status).toBe(200);
  expect((await trust('merchant', `${M.id}:seller-nobody`)).body).toMatchObject({ status: 404, type: expect.stringMatching(/\/trust-subject-not-found$/) });
  expect((await trust('marketplace', randomUUID())).status).toBe(404);
  for (const [kind, id] of [['merchant', 'seller-a'], ['merchant', `${M.id}:`], ['merchant', `not-a-uuid:seller-a`], ['marketplace', 'not-a-uuid'], ['marketplace', A()]] as const) {
    const res = await trust(kind, id);
    expect([res.status, res.headers.get('content-type'), res.body.field, res.body.errors]).toEqual([400, expect.stringContaining('application/problem+json'), 'id', [expect.objectContaining({ field: 'id' })]]);
  }
});
