/**
 * The console's read model, live overview and order explorer on the real PostgreSQL, Redis and Kafka: events
 * published on the services' topics (as their owners would) reach the console's consumer and change the overview;
 * the event stream sends a snapshot first, then a new one after a new order (counted, and listed among the recent
 * orders), through the dev proxy's middleware
 * (nothing buffered), with heartbeats; the explorer finds orders by code, external id and phone (masked,
 * audited) and reads an order's timeline across the services; a service with nothing listening is DOWN while the
 * overview answers 200.
 *
 * The app's clock is moved weeks past anything the read model holds first, so this suite's minutes, days and
 * deadlines are its own on the shared test database: other suites' events, earlier runs' and the broker's backlog
 * the consumer works through land in other buckets.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { buildEvent, EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf, sampleEvent } from '@trustcircle/contracts';
import { readProcessEnv } from '@trustcircle/config';
import { devProxy } from '@trustcircle/dev-proxy';
import { CLOCK, type OffsetClock } from '@trustcircle/kernel';
import { createServiceApp } from '@trustcircle/service-kit';
import { waitFor } from '@trustcircle/testing';
import { consumerGroupOf } from '@trustcircle/messaging';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import type { ConsoleEnv } from '../config/console.env';
import { devProxyTargets } from '../dev-proxy-targets';
import { CreateOperatorUseCase } from '../operators/application/create-operator/create-operator.use-case';
import { IssueOperatorTokenUseCase } from '../operators/application/issue-operator-token/issue-operator-token.use-case';
import { CreatePartnerUseCase } from '../partners/application/create-partner/create-partner.use-case';
import { ProjectConsoleEvents } from '../read-model/api/project-console-events.consumer';
import { ReadModelChanges } from '../read-model/application/read-model-changes';
import { CONSOLE_EVENT_TYPES } from '../read-model/domain/console-event-types';
import type { OverviewSnapshot } from './domain/overview-snapshot';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let app: NestExpressApplication;
let db: DataSource;
let base: string;
let producer: Producer;
let viewer: { token: string; operatorId: string };

/** A port nothing listens on (taken from the OS, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const clock = () => app.get<OffsetClock>(CLOCK);
const now = () => clock().now();
/**
 * Stories start this long before the app clock's now, so their events (offsets up to 12 s) all lie in the past when
 * the overview is read: an event stamped after now belongs to a minute the overview does not show yet, which made
 * these tests fail whenever they were quick and ran across a minute's turn.
 */
const STORY_STARTED_AGO_MS = 20_000;
/** An instant `offsetMs` after the story's start, in whole seconds (exact through any date driver). */
const at = (offsetMs = 0) => new Date(Math.floor((now().getTime() - STORY_STARTED_AGO_MS + offsetMs) / 1000) * 1000).toISOString();

beforeAll(async () => {
  const port = await freePort();
  const stopped = await freePort();
  const env = {
    ...readProcessEnv(),
    LOG_LEVEL: 'error',
    TEST_HOOKS_ENABLED: 'true',
    DEADLINE_SWEEP_MS: '600000',
    CONSUMER_CONCURRENCY: '6',
    SERVICE_HEALTH_TARGETS: `console=http://127.0.0.1:${port},orders=http://127.0.0.1:${stopped}`,
    SERVICE_HEALTH_POLL_MS: '500',
    SERVICE_HEALTH_TIMEOUT_MS: '1000',
    OVERVIEW_HEARTBEAT_SECONDS: '1',
    OPERATOR_TOKEN_TTL_SECONDS: '86400',
  };
  app = await createServiceApp(AppModule.forRoot(env), {
    service: 'console',
    // As main.ts mounts it: the overview's stream goes through the dev proxy's middleware.
    beforeEdge: (a, e) => a.use(devProxy('console', devProxyTargets(e as ConsoleEnv))),
  });
  await app.listen(port, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
  db = app.get<DataSource>(getDataSourceToken());
  producer = new Kafka({ clientId: 'console-overview-int-spec', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  await caughtUp();
  await clockPastEverythingSeen();
  const name = `overview-viewer-${randomUUID().slice(0, 8)}`;
  const operator = await app.get(CreateOperatorUseCase).execute({ name, role: 'viewer' });
  viewer = { token: (await app.get(IssueOperatorTokenUseCase).execute(name)).token, operatorId: operator.id };
}, 180_000);

afterAll(async () => {
  await producer?.disconnect();
  await app?.close();
});

/**
 * Waits until the console's consumer group has worked through what is already on its topics: on the shared test
 * broker, other suites' events (thousands after a full run) come before this suite's on their partitions.
 */
async function caughtUp(): Promise<void> {
  const admin = new Kafka({ clientId: 'console-overview-int-spec-admin', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topics = [...new Set(CONSOLE_EVENT_TYPES.map((t) => EVENT_CATALOGUE[t].topic as string))];
  const started = Date.now();
  try {
    const ends = new Map<string, number>();
    for (const topic of topics) for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}:${p.partition}`, Number(p.high));
    let behind = Infinity;
    await waitFor(
      async () => {
        behind = 0;
        for (const t of await admin.fetchOffsets({ groupId: consumerGroupOf('console'), topics })) {
          for (const p of t.partitions) behind += Math.max(0, (ends.get(`${t.topic}:${p.partition}`) ?? 0) - Math.max(0, Number(p.offset)));
        }
        return behind === 0;
      },
      { what: 'the console to work through the backlog on its topics', timeoutMs: 170_000, intervalMs: 500 },
    );
  } finally {
    await admin.disconnect();
  }
  if (Date.now() - started > 5000) process.stdout.write(`console overview suite: the consumer worked through the topics' backlog in ${Date.now() - started} ms\n`);
}

/**
 * Moves the app clock 30 to 60 days past the latest instant the read model holds (earlier runs of this suite moved
 * their clocks too), so this run's minutes, days, held money and deadlines are its own: everything else is older.
 */
async function clockPastEverythingSeen(): Promise<void> {
  const [{ latest }] = (await db.query(
    `SELECT GREATEST(now(), (SELECT max("updated_at") FROM "console"."rm_orders"), (SELECT max("updated_at") FROM "console"."rm_disputes"),
       (SELECT max("recorded_at") FROM "console"."rm_order_facts")) AS "latest"`,
  )) as Array<{ latest: Date }>;
  clock().advance(latest.getTime() - now().getTime() + (30 + randomInt(30)) * DAY);
}

/**
 * Marks every COD parcel the read model holds as remitted. Unlike the other figures, unremitted COD has no time
 * window: other suites and earlier runs on the shared test database leave theirs, older than this suite's, and the
 * overview lists the 50 oldest couriers' only. Only this suite reads the console's COD figures.
 */
async function settleOtherSuitesCod(): Promise<void> {
  await db.query(
    `UPDATE "console"."rm_orders" SET "cod_remitted" = COALESCE("cod_collected", "total_amount", 0)
     WHERE "delivered_at" IS NOT NULL AND COALESCE("cod_collected", "total_amount", 0) > "cod_remitted"`,
  );
}

/** A catalogue-valid envelope of `type` from its owner, occurring `offsetMs` after the app clock's now. */
function event<T extends EventType>(type: T, data: Partial<PayloadOf<T>>, offsetMs = 0): EventOf<T> {
  return buildEvent(type, sampleEvent(type, data), {
    id: randomUUID(),
    occurredAt: at(offsetMs),
    correlationId: randomUUID(),
    causationId: null,
    producer: EVENT_CATALOGUE[type].owner as EventOf<T>['producer'],
  });
}

/** Publishes events on their topics, keyed as the catalogue says, and waits until the console consumed them all. */
async function publishAndConsume(...events: Array<EventOf<EventType>>): Promise<void> {
  await producer.sendBatch({ topicMessages: events.map((e) => ({ topic: EVENT_CATALOGUE[e.type].topic, messages: [{ key: e.key, value: JSON.stringify(e) }] })) });
  const ids = events.map((e) => e.id);
  await waitFor(
    async () => {
      const [{ n }] = (await db.query(`SELECT count(DISTINCT "event_id")::int AS "n" FROM "console"."inbox" WHERE "consumer" = $1 AND "event_id" = ANY($2::uuid[])`, [
        ProjectConsoleEvents.name,
        ids,
      ])) as Array<{ n: number }>;
      return n === ids.length;
    },
    { what: `the console to consume ${ids.length} events`, timeoutMs: 30_000 },
  );
}

async function get(path: string, token: string | null = viewer.token): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, text };
}

const overview = async () => (await get('/v1/console/overview')).body as unknown as OverviewSnapshot;

/** A new order's ids: a code, an external id and a buyer phone of its own. */
function newOrder() {
  const digits = String(randomInt(10_000_000)).padStart(7, '0');
  const code = `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase();
  return { orderId: randomUUID(), code, externalId: `SHOP-${randomUUID().slice(0, 8)}`, phone: `+8490${digits}`, typed: `090 ${digits.slice(0, 3)} ${digits.slice(3)}`, marketplaceId: randomUUID() };
}

const placed = (o: ReturnType<typeof newOrder>, paymentMethod: 'PREPAID' | 'COD', totalAmount: number, offsetMs = 0) =>
  event(
    'orders.order-placed',
    {
      orderId: o.orderId,
      code: o.code,
      externalId: o.externalId,
      marketplaceId: o.marketplaceId,
      buyer: { name: 'Nguyễn Thị Hoa', phone: o.phone },
      paymentMethod,
      totalAmount,
      paymentExpiresAt: paymentMethod === 'COD' ? null : at(DAY),
      placedAt: at(offsetMs),
    },
    offsetMs,
  );

describe('the live overview', () => {
  const cod = newOrder();
  const prepaid = newOrder();
  const disputeId = randomUUID();
  let courierId: string;
  let courierName: string;
  let mediatorDueAt: string;
  let deliveredAt: string;
  let story: Array<EventOf<EventType>>;

  beforeAll(async () => {
    await settleOtherSuitesCod();
    courierName = `GHN ${randomUUID().slice(0, 6)}`;
    courierId = (await app.get(CreatePartnerUseCase).execute({ kind: 'COURIER', name: courierName })).partnerId;
    const s = 1000;
    mediatorDueAt = at(10 * HOUR);
    deliveredAt = at(5 * s);
    const shipment = { orderId: cod.orderId, courierId, shipmentId: randomUUID(), trackingNumber: `GHN${randomInt(1e9)}`, direction: 'OUTBOUND' as const };
    story = [
      placed(cod, 'COD', 1_235_000, 1 * s),
      event('escrow.escrow-opened', { orderId: cod.orderId, marketplaceId: cod.marketplaceId, state: 'AWAITING_DELIVERY', paymentMethod: 'COD', expectedAmount: 1_235_000, fundingDeadline: null, openedAt: at(2 * s) }, 2 * s),
      event('delivery.shipment-registered', { ...shipment, marketplaceId: cod.marketplaceId, returnOfShipmentId: null, registeredAt: at(3 * s) }, 3 * s),
      event('delivery.shipment-status-changed', { ...shipment, status: 'EXCEPTION', currentStatus: 'EXCEPTION', previousStatus: null, rawStatus: 'exception', occurredAt: at(4 * s), late: false, location: 'Kho Bắc Ninh', note: 'Gọi 0901234567 không nghe', flagged: false, flagReason: null, codAmount: null }, 4 * s),
      event('delivery.shipment-status-changed', { ...shipment, status: 'DELIVERED', currentStatus: 'DELIVERED', previousStatus: 'EXCEPTION', rawStatus: 'delivered', occurredAt: at(5 * s), late: false, location: null, note: null, flagged: false, flagReason: null, codAmount: 1_235_000 }, 5 * s),
      event('delivery.shipment-delivered', { ...shipment, deliveredAt: at(5 * s), codAmount: 1_235_000, location: null }, 5 * s),
      event('orders.order-status-changed', { orderId: cod.orderId, code: cod.code, marketplaceId: cod.marketplaceId, status: 'DELIVERED', previousStatus: 'PLACED', sequence: 2, changedAt: at(5 * s) }, 6 * s),
      event('escrow.cod-remitted', { orderId: cod.orderId, courierId, amount: 235_000, trackingNumber: shipment.trackingNumber, collectedAt: at(5 * s), transferredAt: at(7 * s), remittedAt: at(7 * s) }, 7 * s),
      event('disputes.dispute-opened', { orderId: cod.orderId, disputeId, marketplaceId: cod.marketplaceId, vulnerable: false, vulnerableCategory: null, merchantResponseDueAt: at(48 * HOUR), openedAt: at(8 * s) }, 8 * s),
      event('disputes.dispute-escalated', { orderId: cod.orderId, disputeId, escalatedBy: 'BUYER', priority: false, mediatorDueAt, escalatedAt: at(9 * s) }, 9 * s),
      event('notifications.notification-sent', { orderId: cod.orderId, channel: 'SMS', recipientMasked: '+8490***4567', sentAt: at(10 * s) }, 10 * s),
      event('notifications.notification-failed', { orderId: cod.orderId, channel: 'SMS', final: false, nextAttemptAt: at(11 * s), failedAt: at(10 * s) }, 10 * s),
      event('notifications.notification-failed', { orderId: cod.orderId, channel: 'ZALO', final: true, nextAttemptAt: null, failedAt: at(11 * s) }, 11 * s),
      placed(prepaid, 'PREPAID', 2_000_000, 1 * s),
      event('escrow.escrow-funded', { orderId: prepaid.orderId, heldAmount: 2_000_000, source: 'PREPAID', excessAmount: 0, fundedAt: at(2 * s) }, 2 * s),
      event('escrow.escrow-refunded', { orderId: prepaid.orderId, refundType: 'PARTIAL', amount: 300_000, reason: 'DISPUTE_OUTCOME', disputeId: null, refundedAt: at(3 * s) }, 3 * s),
      event('escrow.escrow-released', { orderId: prepaid.orderId, amount: 500_000, feeAmount: 10_000, sellerAmount: 490_000, feeBps: 200, reason: 'OPERATOR', afterPartialRefund: true, disputeId: null, releasedAt: at(4 * s) }, 4 * s),
      event('notifications.notification-sent', { orderId: prepaid.orderId, channel: 'SMS', recipientMasked: '+8490***1111', sentAt: at(4 * s) }, 4 * s),
    ];
    await publishAndConsume(...story);
  });

  it('shows what the events said: orders per minute, money of the day and held by age, the dispute’s deadline, the courier’s exceptions and unremitted COD, notification success', async () => {
    const o = await overview();
    expect(o.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(o.orders.lastHour).toEqual({ PLACED: 2, DELIVERED: 1 });
    expect(o.orders.perMinute).toHaveLength(60);
    expect(o.money.today).toEqual({ held: 2_000_000, released: 500_000, refunded: 300_000 });
    expect(o.money.days).toHaveLength(7);
    expect(o.money.days[6]).toEqual({ day: o.today, held: 2_000_000, released: 500_000, refunded: 300_000 });
    expect(o.money.held.byAge[0]).toEqual({ bucket: 'UNDER_1_DAY', fromDays: 0, toDays: 1, amount: 1_200_000, escrows: 1 });
    expect(o.disputes.dueWithin24h).toBe(1);
    expect(o.disputes.next[0]).toEqual({ disputeId, orderId: cod.orderId, orderCode: cod.code, stage: 'ESCALATED', deadline: 'MEDIATOR_DECISION', dueAt: mediatorDueAt, overdue: false, priority: false });
    expect(o.couriers.find((c) => c.courierId === courierId)).toEqual({
      courierId,
      name: courierName,
      today: { events: 2, exceptions: 1 },
      last7Days: { events: 2, exceptions: 1, exceptionRate: 0.5 },
    });
    expect(o.cod).toEqual({ unremittedAmount: 1_000_000, parcels: 1, byCourier: [{ courierId, name: courierName, unremittedAmount: 1_000_000, parcels: 1, oldestDeliveredAt: deliveredAt }] });
    expect(o.notifications.today).toEqual([
      { channel: 'SMS', sent: 2, failed: 0, retried: 1, successRate: 1 },
      { channel: 'ZALO', sent: 0, failed: 1, retried: 0, successRate: 0 },
    ]);
    // The newest orders: this suite's clock is past everything else, so its two orders lead (no buyer details).
    expect(o.recentOrders.slice(0, 2).map((r) => r.orderId).sort()).toEqual([cod.orderId, prepaid.orderId].sort());
    expect(o.recentOrders.find((r) => r.orderId === cod.orderId)).toEqual({
      orderId: cod.orderId,
      code: cod.code,
      marketplaceId: cod.marketplaceId,
      status: 'DELIVERED',
      totalAmount: 1_235_000,
      paymentMethod: 'COD',
      placedAt: new Date((story[0] as EventOf<'orders.order-placed'>).data.placedAt).toISOString(),
    });
    expect(JSON.stringify(o.recentOrders)).not.toContain(cod.phone.slice(3));
  });

  it('applies a redelivered event once', async () => {
    const marker = event('notifications.notification-sent', { orderId: cod.orderId, channel: 'EMAIL', recipientMasked: 'h***@example.vn', sentAt: at(12_000) }, 12_000);
    await publishAndConsume(...story, marker);
    const o = await overview();
    expect(o.orders.lastHour).toEqual({ PLACED: 2, DELIVERED: 1 });
    expect(o.money.today).toEqual({ held: 2_000_000, released: 500_000, refunded: 300_000 });
    expect(o.cod.unremittedAmount).toBe(1_000_000);
    expect(o.notifications.today.map((n) => [n.channel, n.sent])).toEqual([['EMAIL', 1], ['SMS', 2], ['ZALO', 0]]);
  });

  it('shows a stopped service DOWN, the console UP with its consumer lag, and answers 200 all the same', async () => {
    // A poll after this suite's events were consumed: the console's lag per topic is measured as it consumes, so a
    // poll from before (at boot) would show only the first topic it read.
    const o = await waitFor(async () => {
      const snapshot = await overview();
      const self = snapshot.services.find((s) => s.service === 'console');
      const polled = self?.status === 'UP' && !!snapshot.services.find((s) => s.service === 'orders')?.checkedAt;
      return polled && self?.consumerLag?.some((l) => l.topic === 'escrow.events.v1') ? snapshot : undefined;
    }, { what: 'the services to be polled after the events were consumed' });
    expect(o.services.map((s) => s.service)).toEqual(['console', 'orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications']);
    expect(o.services.find((s) => s.service === 'orders')).toMatchObject({ status: 'DOWN', error: 'unreachable', failing: [] });
    const self = o.services.find((s) => s.service === 'console');
    expect(self).toMatchObject({ status: 'UP', failing: [], error: null, outboxBacklog: expect.any(Number), deadLetters: expect.any(Number) });
    expect(self?.consumerLag?.map((l) => l.topic)).toEqual(expect.arrayContaining(['orders.events.v1', 'escrow.events.v1']));
  });

  it('is for operators only', async () => {
    expect((await get('/v1/console/overview', null)).status).toBe(401);
    expect((await get('/v1/console/overview/stream', null)).status).toBe(401);
  });
});

/** One frame of an event stream: a snapshot event, or a comment. */
type Frame = { snapshot: OverviewSnapshot; comment?: undefined } | { comment: string; snapshot?: undefined };

/** Reads server-sent events from a streaming response. */
class EventStreamReader {
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next snapshot event or comment. */
  async next(): Promise<Frame> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        if (frame.startsWith(':')) return { comment: frame };
        const data = /^data: (.*)$/m.exec(frame);
        if (/^event: snapshot$/m.test(frame) && data) return { snapshot: JSON.parse(data[1]) as OverviewSnapshot };
        continue;
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error('the stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  /** Reads until a frame satisfies `predicate`, within `timeoutMs`. */
  async until(predicate: (f: Frame) => boolean, timeoutMs = 15_000): Promise<Frame> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no such frame in time')), timeoutMs)));
    try {
      for (;;) {
        const frame = await Promise.race([this.next(), timeout]);
        if (predicate(frame)) return frame;
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

describe('the live overview stream', () => {
  it('sends the snapshot at once, then a new one after a new order, with heartbeats, unbuffered', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/v1/console/overview/stream`, { headers: { authorization: `Bearer ${viewer.token}` }, signal: controller.signal });
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
      expect(res.headers.get('x-accel-buffering')).toBe('no');
      const stream = new EventStreamReader(res.body as ReadableStream<Uint8Array>);
      // The first snapshot arrives while the response goes on (it never ends): nothing on the way buffers it.
      const first = (await stream.until((f) => f.snapshot !== undefined, 5000)).snapshot as OverviewSnapshot;
      const before = first.orders.lastHour.PLACED ?? 0;

      const started = Date.now();
      const order = newOrder();
      // The consuming transaction announces the change (NOTIFY, delivered at commit): the stream need not wait for
      // its periodic refresh.
      let announced = false;
      const stopListening = app.get(ReadModelChanges).subscribe(() => (announced = true));
      await producer.send({ topic: 'orders.events.v1', messages: [{ key: order.orderId, value: JSON.stringify(placed(order, 'PREPAID', 99_000)) }] });
      await waitFor(() => announced, { what: 'the consumed order to be announced', timeoutMs: 10_000 });
      stopListening();
      const after = (await stream.until((f) => (f.snapshot?.orders.lastHour.PLACED ?? 0) === before + 1)).snapshot as OverviewSnapshot;
      expect(after.generatedAt > first.generatedAt).toBe(true);
      // The same push lists it among the recent orders (what the console's "Recent orders" table shows).
      expect(first.recentOrders.some((r) => r.orderId === order.orderId)).toBe(false);
      expect(after.recentOrders.find((r) => r.orderId === order.orderId)).toMatchObject({ orderId: order.orderId, code: order.code, status: 'PLACED', totalAmount: 99_000, paymentMethod: 'PREPAID' });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await stream.until((f) => f.comment !== undefined, 3000)).comment).toBe(': heartbeat');
    } finally {
      controller.abort();
    }
  });
});

describe('the order explorer', () => {
  const order = newOrder();
  const disputeId = randomUUID();
  let admin: { token: string; operatorId: string };
  let fundedAt: string;

  beforeAll(async () => {
    const name = `explorer-admin-${randomUUID().slice(0, 8)}`;
    const operator = await app.get(CreateOperatorUseCase).execute({ name, role: 'admin' });
    admin = { token: (await app.get(IssueOperatorTokenUseCase).execute(name)).token, operatorId: operator.id };
    const s = 1000;
    const shipment = { orderId: order.orderId, courierId: randomUUID(), shipmentId: randomUUID(), trackingNumber: `VTP${randomInt(1e9)}`, direction: 'OUTBOUND' as const };
    fundedAt = at(3 * s);
    // Published in an order that is not the order they happened in: the timeline orders them by when they happened.
    const story = [
      event('notifications.notification-sent', { orderId: order.orderId, channel: 'SMS', template: 'order-placed.sms.vi@3', recipientMasked: '+8490***0000', sentAt: at(2 * s) }, 2 * s),
      placed(order, 'PREPAID', 450_000, 1 * s),
      event('escrow.escrow-funded', { orderId: order.orderId, heldAmount: 450_000, source: 'PREPAID', excessAmount: 0, fundedAt }, 3 * s),
      event('orders.order-status-changed', { orderId: order.orderId, code: order.code, marketplaceId: order.marketplaceId, status: 'FUNDED', previousStatus: 'PLACED', sequence: 2, changedAt: at(3 * s) }, 4 * s),
      event('delivery.shipment-first-scanned', { ...shipment, status: 'PICKED_UP', scannedAt: at(5 * s) }, 5 * s),
      event('disputes.dispute-opened', { orderId: order.orderId, disputeId, marketplaceId: order.marketplaceId, vulnerable: false, vulnerableCategory: null, merchantResponseDueAt: at(48 * HOUR), openedAt: at(6 * s) }, 6 * s),
    ];
    await publishAndConsume(...story);
  });

  const search = (q: string, token = admin.token) => get(`/v1/admin/orders?q=${encodeURIComponent(q)}`, token);
  const auditLines = async (operatorId: string) =>
    (await db.query(`SELECT "action", "target_type", "target_id", "detail" FROM "console"."audit_log" WHERE "operator_id" = $1 ORDER BY "seq"`, [operatorId])) as Array<{
      action: string;
      target_type: string | null;
      target_id: string | null;
      detail: Record<string, unknown>;
    }>;
  const expectedItem = {
    orderId: order.orderId,
    code: order.code,
    externalId: order.externalId,
    marketplaceId: order.marketplaceId,
    buyerPhone: `+8490****${order.phone.slice(-3)}`,
    status: 'FUNDED',
    paymentMethod: 'PREPAID',
    totalAmount: 450_000,
    placedAt: expect.any(String),
    updatedAt: expect.any(String),
  };

  it('finds an order by its code in any case, its external id, or its order id', async () => {
    const byCode = await search(order.code.toLowerCase());
    expect(byCode.status).toBe(200);
    expect(byCode.body).toEqual({ items: [{ ...expectedItem, matchedBy: ['code'] }], searchedBy: ['code', 'externalId'] });
    expect((await search(order.externalId)).body).toEqual({ items: [{ ...expectedItem, matchedBy: ['externalId'] }], searchedBy: ['externalId'] });
    expect((await search(order.orderId)).body.items).toEqual([{ ...expectedItem, matchedBy: ['orderId'] }]);
    expect((await search(`NOPE-${randomUUID()}`)).body).toEqual({ items: [], searchedBy: ['externalId'] });
  });

  it('finds it by the buyer’s phone as typed, answering it masked, and audits the search with the phone masked', async () => {
    const res = await search(order.typed);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [{ ...expectedItem, matchedBy: ['phone'] }], searchedBy: ['phone', 'externalId'] });
    expect(res.text).not.toContain(order.phone.slice(3));
    const lines = await auditLines(admin.operatorId);
    expect(lines[lines.length - 1]).toEqual({
      action: 'order.search',
      target_type: 'buyer-phone',
      target_id: `+8490****${order.phone.slice(-3)}`,
      detail: { searchedBy: ['phone', 'externalId'], query: `+8490****${order.phone.slice(-3)}`, results: 1, orderIds: [order.orderId] },
    });
    expect(JSON.stringify(lines)).not.toContain(order.phone.slice(3));
    // The read model never held the phone.
    const [row] = (await db.query(`SELECT row_to_json(o)::text AS "json" FROM "console"."rm_orders" o WHERE "order_id" = $1`, [order.orderId])) as Array<{ json: string }>;
    expect(row.json).not.toContain(order.phone.slice(3));
  });

  it('lets a viewer search, audited as well, and refuses a search without a token or text', async () => {
    expect((await search(order.code, viewer.token)).body.items).toHaveLength(1);
    expect((await auditLines(viewer.operatorId)).at(-1)).toMatchObject({ action: 'order.search', target_type: null, detail: { searchedBy: ['code', 'externalId'], results: 1 } });
    expect((await get(`/v1/admin/orders?q=${order.code}`, null)).status).toBe(401);
    expect((await get('/v1/admin/orders?q=', admin.token)).status).toBe(400);
  });

  it('reads the order’s timeline across orders, escrow, delivery, disputes and notifications, in the order things happened, without personal data', async () => {
    const res = await get(`/v1/admin/orders/${order.orderId}/timeline`, admin.token);
    expect(res.status).toBe(200);
    const body = res.body as { order: Record<string, unknown>; facts: Array<{ type: string; service: string; detail: Record<string, unknown> }> };
    expect(body.order).toEqual({ ...expectedItem, held: { amount: 450_000, since: fundedAt }, cod: null });
    expect(body.facts.map((f) => [f.service, f.type])).toEqual([
      ['orders', 'orders.order-placed'],
      ['notifications', 'notifications.notification-sent'],
      ['escrow', 'escrow.escrow-funded'],
      ['orders', 'orders.order-status-changed'],
      ['delivery-tracking', 'delivery.shipment-first-scanned'],
      ['disputes', 'disputes.dispute-opened'],
    ]);
    expect(body.facts[0].detail).toMatchObject({ code: order.code, externalId: order.externalId, totalAmount: 450_000, paymentMethod: 'PREPAID' });
    expect(body.facts[1].detail).toMatchObject({ channel: 'SMS', template: 'order-placed.sms.vi@3', recipientMasked: '+8490***0000' });
    expect(res.text).not.toContain(order.phone.slice(3));
    expect(res.text).not.toContain('Nguyễn Thị Hoa');
    expect((await auditLines(admin.operatorId)).at(-1)).toMatchObject({ action: 'order.view-timeline', target_type: 'order', target_id: order.orderId });
  });

  it('answers 404 for an order it does not know, 400 for what is not an order id', async () => {
    expect((await get(`/v1/admin/orders/${randomUUID()}/timeline`, admin.token)).body).toMatchObject({ status: 404, type: expect.stringContaining('order-not-found') });
    expect((await get('/v1/admin/orders/not-an-id/timeline', admin.token)).status).toBe(400);
  });
});

describe('open disputes by deadline', () => {
  it('turns a dispute overdue once its deadline passes', async () => {
    const orderId = randomUUID();
    const disputeId = randomUUID();
    const dueAt = at(HOUR);
    await publishAndConsume(event('disputes.dispute-escalated', { orderId, disputeId, escalatedBy: 'BUYER', priority: true, mediatorDueAt: dueAt, escalatedAt: at() }));
    const before = await overview();
    expect(before.disputes.next.find((d) => d.disputeId === disputeId)).toEqual({ disputeId, orderId, orderCode: null, stage: 'ESCALATED', deadline: 'MEDIATOR_DECISION', dueAt, overdue: false, priority: true });

    clock().advance(2 * HOUR);
    const after = await overview();
    expect(after.disputes.next.some((d) => d.disputeId === disputeId)).toBe(false);
    expect(after.disputes.dueWithin24h).toBe(before.disputes.dueWithin24h - 1);
    expect(after.disputes.overdue).toBeGreaterThanOrEqual(before.disputes.overdue + 1);
  });
});
