/**
 * Delivery on the real PostgreSQL, Redis and Kafka, against local servers that behave like the providers (an SMS
 * gateway, Zalo ZNS, an SMTP server, a marketplace's webhook receiver), proving what notification-pipeline.int-spec.ts
 * does not: every buyer milestone reaches the buyer's SMS exactly once over the real Kafka path (a redelivered
 * envelope is absorbed by the inbox, a re-planned one by ON CONFLICT); Zalo falls back to SMS at once on a refusal or
 * without a ZNS template; a webhook endpoint failing past WEBHOOK_DISABLE_AFTER_DAYS is disabled and announced, its
 * queued webhooks fail unsent, and the operator alert reaches OPERATOR_ALERT_EMAIL and OPERATOR_ALERT_PHONE over Kafka;
 * another service's alert (escrow's FUNDING_MISMATCH) reaches both, once each although Kafka carries it twice; the
 * metrics move by exactly what happened; a one-time code stays masked in the row, the audit API and every log line.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { buildEvent, EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf } from '@trustcircle/contracts';
import { consumerGroupOf, createKafka, type HandlerContext } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Admin, Producer } from 'kafkajs';
import { FakeSmsGateway, FakeSmtpServer, FakeWebhookReceiver, FakeZaloZns } from '../testing/fake-providers';
import { NotificationsTestKit, TEST_MARKETPLACE_SETTINGS, type TestPartner } from '../testing/notifications-test-kit';
import { createEndpoint, storedEndpoint } from '../webhooks/testing/webhooks-test-helpers';
import { NOTIFIED_EVENTS, NotifyOnEvents } from './api/notify-on-events.consumer';
import { NotificationDispatcher } from './application/dispatch/notification-dispatcher';
import { PlanNotificationsUseCase } from './application/plan-notifications/plan-notifications.use-case';

jest.setTimeout(90_000);

const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PORTAL = 'https://trustcircle.vn';
const GATEWAY_TOKEN = 'gateway-token';
const ZNS_TOKEN = 'zns-access-token';
const OPS = 'ops@trustcircle.vn';
/** The on-call phone operators' alerts are texted to (outside newOrder's +8490… buyers). */
const OPS_PHONE = '+84981234567';

let kit: NotificationsTestKit;
let gateway: FakeSmsGateway;
let zns: FakeZaloZns;
let smtp: FakeSmtpServer;
let receiver: FakeWebhookReceiver;
let producer: Producer;
let admin: Admin;
/** A marketplace without Zalo, and one with Zalo enabled in its partner settings. */
let shop: TestPartner;
let zaloShop: TestPartner;

/** Every line the app writes to stdout (its pino logs), for the one-time-code check; other output passes through. */
const logs: string[] = [];
const realWrite = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.startsWith('{"level"')) {
      logs.push(text);
      return true;
    }
    return (realWrite as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  [gateway, zns, smtp, receiver] = await Promise.all([
    FakeSmsGateway.start({ token: GATEWAY_TOKEN }),
    FakeZaloZns.start({ accessToken: ZNS_TOKEN }),
    FakeSmtpServer.start(),
    FakeWebhookReceiver.start({ secrets: [] }),
  ]);
  kit = await NotificationsTestKit.start({
    LOG_LEVEL: 'debug',
    SMS_PROVIDERS: 'sms-http',
    SMS_GATEWAY_URL: `${gateway.url}/sms`,
    SMS_GATEWAY_TOKEN: GATEWAY_TOKEN,
    SMS_GATEWAY_TIMEOUT_MS: '2000',
    ZALO_PROVIDERS: 'zalo-zns',
    ZALO_ZNS_URL: zns.url,
    ZALO_ZNS_ACCESS_TOKEN: ZNS_TOKEN,
    ZALO_ZNS_TIMEOUT_MS: '2000',
    // escrow-funded and released are registered with Zalo; every other template (refunded, order-placed…) is not.
    ZALO_ZNS_TEMPLATE_IDS: 'escrow-funded=510001,released=510002',
    EMAIL_PROVIDERS: 'smtp',
    SMTP_URL: smtp.url(),
    EMAIL_FROM: 'no-reply@trustcircle.vn',
    WEBHOOK_ALLOW_INSECURE_URLS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_DISABLE_AFTER_DAYS: '5',
    NOTIFICATION_RETRY_SCHEDULE_SECONDS: '0,60',
    NOTIFICATION_DISPATCH_INTERVAL_MS: '600000',
    PUBLIC_PORTAL_URL: PORTAL,
    OPERATOR_ALERT_EMAIL: OPS,
    OPERATOR_ALERT_PHONE: OPS_PHONE,
    OUTBOX_POLL_MS: '200',
  });
  const kafka = createKafka({ clientId: 'test-notification-delivery', brokers: String(process.env.KAFKA_BROKERS).split(',') });
  producer = kafka.producer();
  admin = kafka.admin();
  await Promise.all([producer.connect(), admin.connect()]);
  shop = await kit.registerPartner('MARKETPLACE');
  zaloShop = await kit.registerPartner('MARKETPLACE', [], { ...TEST_MARKETPLACE_SETTINGS, zaloEnabled: true });
  await kit.advance(untilVnHour(10)); // daytime in Vietnam: no non-critical SMS waits for quiet hours here
  await drainBacklog();
});

afterAll(async () => {
  await Promise.all([producer?.disconnect(), admin?.disconnect()]);
  await kit?.close();
  await Promise.all([gateway?.close(), zns?.close(), smtp?.close(), receiver?.close()]);
  process.stdout.write = realWrite;
});

beforeEach(() => {
  for (const s of [gateway, zns, receiver]) s.recover();
  smtp.recover();
});

// --- helpers ---------------------------------------------------------------------------------------------------------

/** How long until the clock next reads `hour`:00 in Asia/Ho_Chi_Minh (UTC+7). */
function untilVnHour(hour: number): number {
  const local = kit.now().getTime() + 7 * HOUR;
  const target = Math.floor(local / DAY) * DAY + hour * HOUR;
  return (target > local ? target : target + DAY) - local;
}

/** The topics the notifications consumer reads. */
const CONSUMED_TOPICS = [...new Set([...NOTIFIED_EVENTS, 'orders.buyer-otp-requested' as const].map((t) => EVENT_CATALOGUE[t].topic))];

/**
 * Events other test files left on the broker are consumed by this app too (one consumer group per service): waits
 * until the group has committed every partition's end, then sends whatever they planned, so the metrics and the fake
 * providers below see this file's messages only.
 */
async function drainBacklog(): Promise<void> {
  await waitFor(
    async () => {
      for (const topic of CONSUMED_TOPICS) {
        const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId: consumerGroupOf('notifications'), topics: [topic] })]);
        for (const end of ends) {
          const at = Number(committed.partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
          if (Number(end.high) > 0 && at < Number(end.high)) return false;
        }
      }
      return true;
    },
    { what: 'the notifications consumer to catch up with the broker', timeoutMs: 60_000, intervalMs: 200 },
  );
  await dispatch();
}

/** Publishes an envelope on its topic, keyed as the catalogue says (as its owner's outbox relay would). */
async function publish(...events: Array<EventOf<EventType>>): Promise<void> {
  await producer.sendBatch({
    topicMessages: events.map((event) => {
      const { topic, keyOf } = EVENT_CATALOGUE[event.type] as unknown as { topic: string; keyOf: (payload: unknown) => string };
      return { topic, messages: [{ key: keyOf(event.data), value: JSON.stringify(event) }] };
    }),
  });
}

/** Applies an event as the consumer does, in one transaction (without the inbox). */
async function apply(event: EventOf<EventType>): Promise<void> {
  await kit.tx((m) => kit.app.get(NotifyOnEvents).handle(event as never, { manager: m } as HandlerContext));
}

const dispatch = () => kit.app.get(NotificationDispatcher).dispatchNow();

interface Order {
  orderId: string;
  code: string;
  phone: string;
  placed: EventOf<'orders.order-placed'>;
}

/** A new order of `partner` (its `orders.order-placed`, not yet applied): fresh ids, phone and code. */
function newOrder(partner: TestPartner, seller: { email?: string } = {}): Order {
  const orderId = randomUUID();
  const hex = randomUUID().replace(/-/g, '').toUpperCase();
  const code = `TC-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
  const phone = `+8490${String(randomInt(1_000_000, 10_000_000))}`;
  const placed = kit.event('orders.order-placed', {
    orderId,
    code,
    marketplaceId: partner.id,
    buyer: { name: 'Nguyễn Thị Hoa', phone },
    seller: { id: `seller-${hex.slice(8, 14)}`, name: 'Cửa hàng Ánh Dương', ...seller },
    totalAmount: 1_235_000,
    paymentExpiresAt: new Date(kit.now().getTime() + DAY).toISOString(),
  });
  return { orderId, code, phone, placed };
}

/** An event about `o` (sample payload with the order's id and the overrides). */
function about<T extends EventType>(o: Order, type: T, data: Partial<PayloadOf<T>> = {}): EventOf<T> {
  return kit.event(type, { orderId: o.orderId, ...data } as Partial<PayloadOf<T>>);
}

type Row = Record<string, unknown>;
/** The order's notifications matching `where` (by default all but the order-placed ones), oldest first. */
const rowsOf = async (orderId: string, where = `"event_type" <> 'orders.order-placed'`): Promise<Row[]> =>
  (await kit.db.query(
    `SELECT "id", "event_type", "recipient_role", "recipient", "channel", "status", "template", "attempts", "provider", "last_error", "fallback_of", "body", "endpoint_id"
       FROM "notifications"."notifications" WHERE "order_id" = $1 AND ${where} ORDER BY "seq"`,
    [orderId],
  )) as Row[];
const attemptsOf = async (notificationId: unknown): Promise<Row[]> =>
  (await kit.db.query(`SELECT "provider", "outcome", "status_code" FROM "notifications"."notification_attempts" WHERE "notification_id" = $1 ORDER BY "attempt"`, [
    notificationId,
  ])) as Row[];

/** Texts the SMS gateway delivered to `phone`. */
const smsTexts = (phone: string): string[] =>
  gateway.delivered.filter((d) => (d.payload as { to?: string }).to === phone).map((d) => String((d.payload as { text?: string }).text));
/** Requests the SMS gateway received for `phone` (delivered or not). */
const smsRequests = (phone: string): number => gateway.requests.filter((r) => (r.json as { to?: string } | undefined)?.to === phone).length;

/** The sum of a metric's series whose labels include `labels` (Prometheus text from GET /metrics). */
async function metrics(): Promise<(name: string, labels?: Record<string, string>) => number> {
  const res = await kit.get('/metrics');
  const text = String(res.body.text);
  return (name, labels = {}) => {
    let sum = 0;
    for (const line of text.split('\n')) {
      const m = /^([a-z_:]+)(?:\{([^}]*)\})? ([0-9.e+-]+|NaN|\+Inf)$/.exec(line);
      if (!m || m[1] !== name) continue;
      const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
      if (Object.entries(labels).every(([k, v]) => have[k] === v)) sum += Number(m[3]);
    }
    return sum;
  };
}
type Read = Awaited<ReturnType<typeof metrics>>;
const SENT = 'tc_notifications_sent_total';
const FAILED = 'tc_notifications_failed_total';
const RETRIED = 'tc_notifications_retried_total';
const LATENCY = 'tc_notifications_event_to_provider_seconds';
const DISABLED = 'tc_notifications_webhook_endpoints_disabled_total';
/** How each of `series` moved from `before` to `after`. */
const moved = (before: Read, after: Read, series: Array<[string, Record<string, string>?]>): Record<string, number> =>
  Object.fromEntries(series.map(([name, labels]) => [`${name}${labels ? JSON.stringify(labels) : ''}`, after(name, labels) - before(name, labels)]));

// --- tests -----------------------------------------------------------------------------------------------------------

describe('every buyer milestone, over Kafka', () => {
  it('reaches the buyer’s SMS exactly once per event type; a redelivered envelope and a re-planned event add nothing', async () => {
    const o = newOrder(shop, { email: `seller-${randomUUID().slice(0, 8)}@example.vn` });
    const seller = (o.placed.data.seller as { email: string }).email;
    await publish(o.placed);
    await waitFor(async () => (await rowsOf(o.orderId, `"event_type" = 'orders.order-placed' AND "recipient_role" = 'BUYER'`)).length === 1, {
      what: 'orders.order-placed consumed from Kafka',
      timeoutMs: 30_000,
    });

    const at = (hours: number) => new Date(kit.now().getTime() + hours * HOUR).toISOString();
    const refunded = about(o, 'escrow.escrow-refunded', { refundType: 'PARTIAL', amount: 450_000 });
    const events: Array<EventOf<EventType>> = [
      about(o, 'escrow.escrow-funded', { heldAmount: 1_235_000, source: 'PREPAID' }),
      about(o, 'delivery.shipment-first-scanned', { direction: 'OUTBOUND', trackingNumber: 'GHN5KX82QF' }),
      about(o, 'delivery.shipment-first-scanned', { direction: 'RETURN', shipmentId: randomUUID() }),
      about(o, 'escrow.inspection-started', { endsAt: at(72) }),
      about(o, 'disputes.dispute-opened', { marketplaceId: shop.id, merchantResponseDueAt: at(48) }),
      about(o, 'disputes.merchant-responded', { action: 'REJECT', amount: null, buyerDueAt: at(96) }),
      about(o, 'disputes.offer-made', { amount: 450_000, buyerDueAt: at(96) }),
      about(o, 'disputes.dispute-escalated', { mediatorDueAt: at(120) }),
      about(o, 'disputes.deadline-reminder', { recipientRole: 'BUYER', deadline: 'BUYER_ESCALATION', dueAt: at(24) }),
      about(o, 'disputes.deadline-reminder', { recipientRole: 'MERCHANT', deadline: 'MERCHANT_RESPONSE', dueAt: at(24) }),
      about(o, 'disputes.dispute-decided', { outcome: 'REFUND_PARTIAL', amount: 450_000 }),
      about(o, 'disputes.dispute-resolved', { outcome: 'REFUND_PARTIAL', refundAmount: 450_000, resolvedBy: 'OFFER_ACCEPTED' }),
      refunded,
      refunded, // Kafka redelivers: the same envelope again, before the next event of the order on its partition
      about(o, 'escrow.escrow-released', { amount: 785_000, feeAmount: 15_700, sellerAmount: 769_300, afterPartialRefund: true }),
    ];
    await publish(...events);
    const buyerSms = `"recipient_role" = 'BUYER' AND "channel" = 'SMS'`;
    // escrow.escrow-released is the last of its partition: once planned, the redelivered refund was consumed before it.
    // It releases the rest after a partial refund, so the buyer gets no "the money went to the seller" text (12, not 13).
    await waitFor(async () => (await rowsOf(o.orderId, buyerSms)).length === 12 && (await rowsOf(o.orderId, `"event_type" = 'escrow.escrow-released'`)).length > 0, {
      what: 'the 12 buyer milestones planned from Kafka',
      timeoutMs: 30_000,
    });
    const inbox = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "notifications"."inbox" WHERE "event_id" = $1`, [refunded.id])) as Array<{ n: number }>;
    expect(inbox).toEqual([{ n: 1 }]);

    await dispatch();
    const sms = await rowsOf(o.orderId, `${buyerSms} OR ("order_id" = '${o.orderId}' AND "event_type" = 'orders.order-placed' AND "channel" = 'SMS')`);
    // Consumed from four topics, so planned in no fixed order across them: compared by template.
    expect(sms.map((r) => [r.template, r.status, r.recipient]).sort()).toEqual(
      [
        'order-placed@1',
        'escrow-funded@1',
        'shipped@1',
        'delivered@1',
        'dispute-opened@1',
        'dispute-merchant-rejected@1',
        'dispute-offer-made@1',
        'dispute-escalated@1',
        'dispute-deadline-reminder@1',
        'dispute-decided@1',
        'dispute-resolved@1',
        'refunded@1',
      ]
        .map((t) => [t, 'SENT', o.phone])
        .sort(),
    );
    const texts = smsTexts(o.phone);
    expect(texts).toHaveLength(12);
    expect(smsRequests(o.phone)).toBe(12);
    for (const row of sms) expect(texts.filter((t) => t === row.body)).toHaveLength(1);
    for (const text of texts) {
      expect(text).toContain(o.code);
      expect(text).toContain(`${PORTAL}/tra-cuu`);
    }
    expect(texts.filter((t) => t.includes('450.000 ₫')).length).toBe(4); // the offer, the decision, the outcome, the refund
    // The seller's emails: the new dispute, the 24 h reminder, the decision, the release.
    expect(
      smtp.messages
        .filter((m) => m.envelope.to.includes(seller))
        .map((m) => m.parsed.subject)
        .sort(),
    ).toEqual(
      [
        `Khiếu nại mới cho đơn hàng ${o.code}: trả lời trước ${vnTime(at(48))}`,
        `Nhắc hạn: trả lời khiếu nại đơn hàng ${o.code} trước ${vnTime(at(24))}`,
        `Quyết định hòa giải cho đơn hàng ${o.code}`,
        `Đơn hàng ${o.code}: tiền đã được giải ngân cho người bán`,
      ].sort(),
    );

    // Planned again without the inbox (a replay, a crash before the offset commit): ON CONFLICT stores nothing.
    expect(await kit.tx((m) => kit.app.get(PlanNotificationsUseCase).execute(m, refunded))).toBe(0);
    await dispatch();
    expect(smsTexts(o.phone)).toHaveLength(12);
  });
});

/** `HH:mm dd/MM/yyyy` in Asia/Ho_Chi_Minh, as the templates print times. */
function vnTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * HOUR).toISOString();
  return `${d.slice(11, 16)} ${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

describe('Zalo first, SMS as its fallback', () => {
  it('falls back to SMS at once on a ZNS refusal and without a ZNS template; the metrics count each outcome', async () => {
    const o = newOrder(zaloShop);
    await apply(o.placed);
    await dispatch(); // order-placed has no ZNS template: straight to SMS (not what this test counts)
    const placed = await rowsOf(o.orderId, `"event_type" = 'orders.order-placed'`);
    expect(placed.map((r) => [r.channel, r.status, r.last_error])).toEqual([
      ['ZALO', 'FAILED', 'no Zalo ZNS template registered for order-placed'],
      ['SMS', 'SENT', null],
    ]);
    const before = await metrics();
    const znsBefore = zns.requests.length;

    zns.failNextWithError(1, -118); // the buyer has no Zalo account: a refusal that will not change
    await apply(about(o, 'escrow.escrow-funded', { heldAmount: 1_235_000, source: 'PREPAID' }));
    await dispatch();
    await apply(about(o, 'escrow.escrow-refunded', { refundType: 'FULL', amount: 1_235_000 }));
    await dispatch();
    await apply(about(o, 'escrow.escrow-released', { amount: 0, feeAmount: 0, sellerAmount: 0 }));
    await dispatch();

    const rows = await rowsOf(o.orderId);
    expect(rows.map((r) => [r.event_type, r.channel, r.status, r.provider, r.attempts, r.last_error])).toEqual([
      ['escrow.escrow-funded', 'ZALO', 'FAILED', 'zalo-zns', 1, 'ZNS error -118: Zalo account not existed'],
      ['escrow.escrow-funded', 'SMS', 'SENT', 'sms-http', 1, null],
      ['escrow.escrow-refunded', 'ZALO', 'FAILED', null, 1, 'no Zalo ZNS template registered for refunded'],
      ['escrow.escrow-refunded', 'SMS', 'SENT', 'sms-http', 1, null],
      ['escrow.escrow-released', 'ZALO', 'SENT', 'zalo-zns', 1, null],
    ]);
    expect([rows[1].fallback_of, rows[3].fallback_of]).toEqual([rows[0].id, rows[2].id]);
    expect(await attemptsOf(rows[2].id)).toEqual([]); // no ZNS template: nothing was sent to Zalo
    const calls = zns.requests.slice(znsBefore).map((r) => r.json as { phone: string; template_id: string; template_data: Record<string, string> });
    expect(calls.map((c) => [c.phone, c.template_id, c.template_data.orderCode, c.template_data.portalUrl])).toEqual([
      [o.phone.slice(1), '510001', o.code, PORTAL],
      [o.phone.slice(1), '510002', o.code, PORTAL],
    ]);
    expect(zns.delivered.filter((d) => d.phone === o.phone.slice(1)).map((d) => d.templateId)).toEqual(['510002']);
    expect(smsTexts(o.phone).slice(1)).toEqual([rows[1].body, rows[3].body]);

    const after = await metrics();
    expect(
      moved(before, after, [
        [SENT, { channel: 'ZALO', provider: 'zalo-zns' }],
        [SENT, { channel: 'SMS', provider: 'sms-http' }],
        [FAILED, { channel: 'ZALO', provider: 'zalo-zns' }],
        [FAILED, { channel: 'ZALO', provider: 'none' }],
        [RETRIED, { channel: 'ZALO' }],
        [`${LATENCY}_count`, { channel: 'ZALO' }],
        [`${LATENCY}_bucket`, { channel: 'ZALO', le: '60' }],
        [`${LATENCY}_count`, { channel: 'SMS' }],
      ]),
    ).toEqual({
      [`${SENT}{"channel":"ZALO","provider":"zalo-zns"}`]: 1,
      [`${SENT}{"channel":"SMS","provider":"sms-http"}`]: 2,
      [`${FAILED}{"channel":"ZALO","provider":"zalo-zns"}`]: 1,
      [`${FAILED}{"channel":"ZALO","provider":"none"}`]: 1,
      [`${RETRIED}{"channel":"ZALO"}`]: 0,
      [`${LATENCY}_count{"channel":"ZALO"}`]: 1,
      [`${LATENCY}_bucket{"channel":"ZALO","le":"60"}`]: 1,
      [`${LATENCY}_count{"channel":"SMS"}`]: 2,
    });
    expect(after(`${LATENCY}_sum`, { channel: 'ZALO' })).toBeGreaterThan(before(`${LATENCY}_sum`, { channel: 'ZALO' }));
    expect(logs.join('')).toContain(`zalo-zns: notification ${String(rows[0].id)} to`); // the capture sees the app's log lines
  });
});

describe('one-time codes', () => {
  it('the row and the audit API keep the code masked; only the SMS itself carries it; no log line does', async () => {
    const o = newOrder(shop);
    await apply(o.placed);
    await dispatch();
    const otp = String(randomInt(100_000, 1_000_000));
    const sealed = kit.app.get(PlatformKeyring).seal(otp, o.orderId); // as orders seals it (AAD = order id)
    const now = kit.now();
    await publish(
      about(o, 'orders.buyer-otp-requested', {
        code: o.code,
        phone: o.phone,
        encryptedCode: sealed.ciphertext,
        otpKeyId: sealed.keyId,
        requestedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 5 * 60 * SECOND).toISOString(),
      }),
    );
    await waitFor(async () => (await rowsOf(o.orderId, `"template" = 'buyer-otp@1'`)).length > 0, { what: 'the one-time code consumed from Kafka', timeoutMs: 30_000 });
    await dispatch(); // queued for the dispatcher like every message, sent through the configured SMS provider
    const [row] = await rowsOf(o.orderId, `"template" = 'buyer-otp@1'`);
    const masked = `TrustCircle: Mã xác thực đơn hàng ${o.code} của bạn là ******, hiệu lực 5 phút. Không chia sẻ mã này.`;
    expect(row).toMatchObject({ status: 'SENT', channel: 'SMS', recipient: o.phone, body: masked });
    const [stored] = (await kit.db.query(`SELECT to_jsonb(n)::text AS "row" FROM "notifications"."notifications" n WHERE "id" = $1`, [row.id])) as Array<{ row: string }>;
    const inClear = new RegExp(`(?<!\\d)${otp}(?!\\d)`);
    expect(stored.row).not.toMatch(inClear);

    // The SMS itself (whichever SMS provider carried it) is the one place the code is in clear.
    const logged = (await kit.db.query(`SELECT "body" FROM "notifications"."sms_log" WHERE "to_phone" = $1`, [o.phone])) as Array<{ body: string }>;
    const outgoing = [...logged.map((l) => l.body), ...smsTexts(o.phone)].filter((t) => inClear.test(t));
    expect(outgoing).toEqual([`TrustCircle: Mã xác thực đơn hàng ${o.code} của bạn là ${otp}, hiệu lực 5 phút. Không chia sẻ mã này.`]);

    const audit = await kit.get(`/v1/notifications?orderId=${o.orderId}`, kit.operatorToken('viewer'));
    expect(audit.status).toBe(200);
    expect((audit.body.items as Row[]).map((i) => i.template)).toContain('buyer-otp@1');
    expect(JSON.stringify(audit.body)).not.toMatch(inClear);
    const all = await kit.db.query(`SELECT to_jsonb(n)::text AS "row" FROM "notifications"."notifications" n WHERE "order_id" = $1`, [o.orderId]);
    expect(JSON.stringify(all)).not.toMatch(inClear);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('')).not.toMatch(inClear);
  });
});

describe('a webhook endpoint failing for WEBHOOK_DISABLE_AFTER_DAYS', () => {
  it('is disabled and announced, its queued webhooks fail unsent, operators are emailed over Kafka; the metrics count it', async () => {
    const owner = await kit.registerPartner('MARKETPLACE');
    // By name: notifications.webhook-endpoint-disabled carries the host, which its contract wants a domain name.
    const endpoint = await createEndpoint(kit, owner, { url: `${receiver.url.replace('127.0.0.1', 'localhost')}/hooks`, events: ['*'] });
    receiver.setSecrets([endpoint.secret]);
    const o1 = newOrder(owner);
    await apply(o1.placed);
    await dispatch();
    const first = await metrics();

    // Day 0: a 503 (retried), then a 404 (a refusal: failed for good). The endpoint is failing from the 503 on.
    receiver.failNext(1, { status: 503 }).failNext(1, { status: 404 });
    await apply(about(o1, 'escrow.escrow-funded', { heldAmount: 1_235_000, source: 'PREPAID' }));
    const firstTry = kit.now().getTime();
    await dispatch();
    const firstTried = kit.now().getTime();
    await kit.advance(61 * SECOND);
    await dispatch();
    const [funded] = await rowsOf(o1.orderId, `"channel" = 'WEBHOOK' AND "event_type" = 'escrow.escrow-funded'`);
    expect(funded).toMatchObject({ status: 'FAILED', attempts: 2, last_error: 'HTTP 404' });
    expect(await attemptsOf(funded.id)).toEqual([
      { provider: 'webhook', outcome: 'FAILED', status_code: 503 },
      { provider: 'webhook', outcome: 'FAILED', status_code: 404 },
    ]);
    const day0 = await metrics();
    expect(moved(first, day0, [[RETRIED, { channel: 'WEBHOOK', provider: 'webhook' }], [FAILED, { channel: 'WEBHOOK', provider: 'webhook' }], [DISABLED]])).toEqual({
      [`${RETRIED}{"channel":"WEBHOOK","provider":"webhook"}`]: 1,
      [`${FAILED}{"channel":"WEBHOOK","provider":"webhook"}`]: 1,
      [DISABLED]: 0,
    });
    const failing = await storedEndpoint(kit, endpoint.id);
    expect(failing.status).toBe('ENABLED');
    const failingSince = Date.parse((JSON.parse(String(failing.row)) as { failing_since: string }).failing_since);
    expect(failingSince).toBeGreaterThanOrEqual(firstTry);
    expect(failingSince).toBeLessThanOrEqual(firstTried);

    // Day 5: the endpoint still answers 404. A new order's three webhooks queue behind each other (per-order order).
    await kit.advance(5 * DAY);
    await dispatch(); // anything else now due goes first: the window below counts this test's messages only
    const day5 = await metrics();
    const received = receiver.received.length;
    receiver.failAll(404);
    const o2 = newOrder(owner);
    await apply(o2.placed);
    await apply(about(o2, 'escrow.escrow-funded', { heldAmount: 1_235_000, source: 'PREPAID' }));
    await apply(about(o2, 'escrow.escrow-released', { amount: 1_235_000, feeAmount: 24_700, sellerAmount: 1_210_300 }));
    const day5Try = kit.now().getTime();
    await dispatch();
    const day5Tried = kit.now().getTime();

    const hooks = await rowsOf(o2.orderId, `"channel" = 'WEBHOOK'`);
    expect(hooks.map((r) => [r.event_type, r.status, r.attempts, r.last_error])).toEqual([
      ['orders.order-placed', 'FAILED', 1, 'HTTP 404'],
      ['escrow.escrow-funded', 'FAILED', 1, 'the webhook endpoint is disabled'],
      ['escrow.escrow-released', 'FAILED', 1, 'the webhook endpoint is disabled'],
    ]);
    expect(await attemptsOf(hooks[1].id)).toEqual([]);
    expect(await attemptsOf(hooks[2].id)).toEqual([]);
    expect(receiver.received.length - received).toBe(1); // only the order-placed one was sent; the queued two never left
    expect(await storedEndpoint(kit, endpoint.id)).toMatchObject({ status: 'DISABLED', disabled_reason: 'FAILING' });
    const disabled = await kit.eventData(endpoint.id, 'notifications.webhook-endpoint-disabled');
    expect(disabled).toEqual([
      {
        endpointId: endpoint.id,
        partnerId: owner.id,
        urlHost: 'localhost',
        failingSince: new Date(failingSince).toISOString(),
        lastError: 'HTTP 404',
        disabledAt: expect.any(String),
      },
    ]);
    const disabledAt = Date.parse(String(disabled[0].disabledAt));
    expect(disabledAt).toBeGreaterThanOrEqual(day5Try);
    expect(disabledAt).toBeLessThanOrEqual(day5Tried);
    expect(disabledAt - failingSince).toBeGreaterThanOrEqual(5 * DAY);
    const [alert] = await kit.operatorAlerts({ mentioning: endpoint.id });
    expect(alert).toMatchObject({ severity: 'WARNING', code: 'WEBHOOK_ENDPOINT_DISABLED', service: 'notifications', orderId: null });
    // The owner hears of it in its catch-up feed (its webhooks are what failed).
    const feed = (await kit.get('/v1/events?limit=500', owner.apiKey)).body.items as Array<{ type: string; data: Record<string, unknown> }>;
    expect(feed.filter((e) => e.type === 'notifications.webhook-endpoint-disabled').map((e) => e.data.endpointId)).toEqual([endpoint.id]);

    // Later events plan no webhook for it at all.
    await apply(about(o2, 'escrow.inspection-started', { endsAt: new Date(kit.now().getTime() + 72 * HOUR).toISOString() }));
    expect(await rowsOf(o2.orderId, `"channel" = 'WEBHOOK'`)).toHaveLength(3);

    // The alert went out on Kafka (the outbox relay) and came back to this service's consumer: an email to operators.
    const [email] = await waitFor(
      async () => {
        const r = (await kit.db.query(
          `SELECT "id", "status", "template", "subject" FROM "notifications"."notifications" WHERE "event_type" = 'platform.operator-alert-raised' AND "recipient" = $1 AND "body" LIKE $2`,
          [OPS, `%${endpoint.id}%`],
        )) as Row[];
        return r.length > 0 ? r : undefined;
      },
      { what: 'the operator alert consumed from Kafka', timeoutMs: 30_000 },
    );
    expect(email).toMatchObject({ template: 'operator-alert@1', subject: '[WARNING] WEBHOOK_ENDPOINT_DISABLED (notifications)' });
    await dispatch(); // (it may have gone out already: the pass above loops while it finds due messages)
    const mails = smtp.messages.filter((m) => m.envelope.to.includes(OPS) && String(m.parsed.text).includes(endpoint.id));
    expect(mails.map((m) => m.parsed.subject)).toEqual(['[WARNING] WEBHOOK_ENDPOINT_DISABLED (notifications)']);
    // And a text to the on-call phone (OPERATOR_ALERT_PHONE is set too).
    const texts = smsTexts(OPS_PHONE).filter((t) => t.includes(endpoint.id));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^TrustCircle cảnh báo WARNING WEBHOOK_ENDPOINT_DISABLED \(notifications\) lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}: /);

    const end = await metrics();
    expect(
      moved(day5, end, [
        [FAILED, { channel: 'WEBHOOK', provider: 'webhook' }],
        [FAILED, { channel: 'WEBHOOK', provider: 'none' }],
        [RETRIED, { channel: 'WEBHOOK' }],
        [SENT, { channel: 'WEBHOOK' }],
        [SENT, { channel: 'EMAIL', provider: 'smtp' }],
        [DISABLED],
      ]),
    ).toEqual({
      [`${FAILED}{"channel":"WEBHOOK","provider":"webhook"}`]: 1,
      [`${FAILED}{"channel":"WEBHOOK","provider":"none"}`]: 2,
      [`${RETRIED}{"channel":"WEBHOOK"}`]: 0,
      [`${SENT}{"channel":"WEBHOOK"}`]: 0,
      [`${SENT}{"channel":"EMAIL","provider":"smtp"}`]: 1,
      [DISABLED]: 1,
    });
    await dispatch(); // the buyer's inspection SMS: nothing of this file is left due for the next one
  });
});

describe('an operator alert raised by another service', () => {
  it('reaches OPERATOR_ALERT_PHONE by SMS and OPERATOR_ALERT_EMAIL by email, over Kafka, once each although Kafka carries it twice', async () => {
    const orderId = randomUUID();
    const message = `Order TC-OPS-${randomUUID().slice(0, 4).toUpperCase()} (${orderId}) is underpaid: escrow expects 1235000 VND and has received 400000 VND, 835000 VND short.`;
    const alert = buildEvent(
      'platform.operator-alert-raised',
      { alertId: randomUUID(), severity: 'WARNING', code: 'FUNDING_MISMATCH', message, service: 'escrow', orderId, raisedAt: kit.now().toISOString() },
      { id: randomUUID(), occurredAt: kit.now().toISOString(), correlationId: randomUUID(), causationId: null, producer: 'escrow' },
    );
    const sent = await metrics();
    await publish(alert);
    await publish(alert); // redelivered: the same envelope again
    const rows = await waitFor(
      async () => {
        const r = (await kit.db.query(`SELECT "channel", "recipient_role", "template", "status" FROM "notifications"."notifications" WHERE "event_id" = $1 ORDER BY "channel"`, [
          alert.id,
        ])) as Row[];
        return r.length === 2 ? r : undefined;
      },
      { what: 'the operator alert consumed from Kafka', timeoutMs: 30_000 },
    );
    expect(rows.map((r) => [r.channel, r.recipient_role, r.template])).toEqual([
      ['EMAIL', 'OPERATOR', 'operator-alert@1'],
      ['SMS', 'OPERATOR', 'operator-alert@1'],
    ]);
    await drainBacklog(); // the group has read past both copies; then what they planned is sent
    expect(await kit.db.query(`SELECT count(*)::int AS "n" FROM "notifications"."inbox" WHERE "event_id" = $1`, [alert.id])).toEqual([{ n: 1 }]);

    const texts = smsTexts(OPS_PHONE).filter((t) => t.includes(orderId));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^TrustCircle cảnh báo WARNING FUNDING_MISMATCH \(escrow\) lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}, đơn hàng /);
    expect(texts[0]).toContain(`, đơn hàng ${orderId}: ${message}`);
    const mails = smtp.messages.filter((m) => m.envelope.to.includes(OPS) && String(m.parsed.text).includes(orderId));
    expect(mails.map((m) => m.parsed.subject)).toEqual(['[WARNING] FUNDING_MISMATCH (escrow)']);
    expect(String(mails[0].parsed.text)).toContain(`Mã cảnh báo: ${alert.data.alertId}`);
    expect(
      (await kit.db.query(`SELECT "status" FROM "notifications"."notifications" WHERE "event_id" = $1`, [alert.id])) as Row[],
    ).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);
    expect(moved(sent, await metrics(), [[SENT, { channel: 'SMS', provider: 'sms-http' }], [SENT, { channel: 'EMAIL', provider: 'smtp' }]])).toEqual({
      [`${SENT}{"channel":"SMS","provider":"sms-http"}`]: 1,
      [`${SENT}{"channel":"EMAIL","provider":"smtp"}`]: 1,
    });
  });
});

describe('one buyer’s texts about one order', () => {
  it('reach the phone in the order things happened, although planned the other way round (events of two topics)', async () => {
    const o = newOrder(shop);
    await publish(o.placed);
    await waitFor(async () => (await rowsOf(o.orderId, `"event_type" = 'orders.order-placed' AND "recipient_role" = 'BUYER'`)).length === 1, {
      what: 'orders.order-placed consumed from Kafka',
      timeoutMs: 30_000,
    });
    await dispatch();
    // The mediator decided (disputes), then escrow refunded because of it, a second later; notifications happened to
    // consume escrow's topic first: the refund is planned (a smaller seq) before the decision that caused it.
    const decidedAt = new Date(kit.now().getTime() - 60_000);
    const decided = { ...about(o, 'disputes.dispute-decided', { outcome: 'REFUND_FULL', amount: null }), occurredAt: decidedAt.toISOString() };
    const refunded = { ...about(o, 'escrow.escrow-refunded', { refundType: 'FULL', amount: 1_235_000 }), occurredAt: new Date(decidedAt.getTime() + 1000).toISOString() };
    const plan = kit.app.get(PlanNotificationsUseCase);
    expect(await kit.tx((m) => plan.execute(m, refunded))).toBeGreaterThan(0);
    expect(await kit.tx((m) => plan.execute(m, decided))).toBeGreaterThan(0);
    await dispatch();
    const texts = smsTexts(o.phone);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain('Quyết định hòa giải');
    expect(texts[2]).toContain('1.235.000 ₫');
    expect(texts[2]).not.toContain('Quyết định hòa giải');
  });
});
