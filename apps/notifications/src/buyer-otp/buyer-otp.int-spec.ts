/**
 * The buyer's one-time code through the delivery pipeline, on the real PostgreSQL, Redis and Kafka, with the production
 * SMS provider (`SMS_PROVIDERS=sms-http`) against a local gateway that fails on command: the code reaches the gateway
 * in clear exactly once, after a 503 retried on the schedule (not before), with one idempotency key; the row, its
 * attempts, the notifications' events, the audit API and every log line only ever show `******`; a code expired on
 * arrival, or expiring while it waits for a retry, is never sent.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { EventOf } from '@trustcircle/contracts';
import type { HandlerContext } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { NotificationDispatcher } from '../pipeline/application/dispatch/notification-dispatcher';
import { idempotencyKeyOf } from '../pipeline/application/plan-notifications/plan-notifications.use-case';
import { FakeSmsGateway } from '../testing/fake-providers';
import { NotificationsTestKit } from '../testing/notifications-test-kit';
import { SendBuyerOtpOnRequested } from './api/buyer-otp-requested.consumer';

jest.setTimeout(60_000);

const MINUTE = 60_000;
const GATEWAY_TOKEN = 'otp-gateway-token';

let kit: NotificationsTestKit;
let gateway: FakeSmsGateway;

/** Every line the app writes to stdout (its pino logs); other output passes through. */
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
  gateway = await FakeSmsGateway.start({ token: GATEWAY_TOKEN });
  kit = await NotificationsTestKit.start({
    LOG_LEVEL: 'debug',
    SMS_PROVIDERS: 'sms-http',
    SMS_GATEWAY_URL: `${gateway.url}/sms`,
    SMS_GATEWAY_TOKEN: GATEWAY_TOKEN,
    SMS_GATEWAY_TIMEOUT_MS: '2000',
    // At once, then 1 min, then 10 min: the third round comes after a 5-minute code expired.
    NOTIFICATION_RETRY_SCHEDULE_SECONDS: '0,60,600',
    NOTIFICATION_DISPATCH_INTERVAL_MS: '600000',
  });
});

afterAll(async () => {
  await kit?.close();
  await gateway?.close();
  process.stdout.write = realWrite;
});

beforeEach(() => {
  gateway.recover();
});

// --- helpers ---------------------------------------------------------------------------------------------------------

interface Otp {
  orderId: string;
  code: string;
  phone: string;
  otp: string;
  event: EventOf<'orders.buyer-otp-requested'>;
  /** The SMS as the buyer must read it. */
  clear: string;
  masked: string;
  /** The code as a whole number anywhere in a text. */
  inClear: RegExp;
}

/** A fresh one-time code for a fresh order and phone, sealed as orders seals it (AAD = order id), requested `ageMs` ago. */
function newOtp(ageMs = 0): Otp {
  const orderId = randomUUID();
  const hex = randomUUID().replace(/-/g, '').toUpperCase();
  const code = `TC-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
  const phone = `+8490${String(randomInt(1_000_000, 10_000_000))}`;
  const otp = String(randomInt(100_000, 1_000_000));
  const sealed = kit.app.get(PlatformKeyring).seal(otp, orderId);
  const requestedAt = new Date(kit.now().getTime() - ageMs);
  const event = kit.event('orders.buyer-otp-requested', {
    orderId,
    code,
    phone,
    encryptedCode: sealed.ciphertext,
    otpKeyId: sealed.keyId,
    requestedAt: requestedAt.toISOString(),
    expiresAt: new Date(requestedAt.getTime() + 5 * MINUTE).toISOString(),
  });
  const sms = (shown: string) => `TrustCircle: Mã xác thực đơn hàng ${code} của bạn là ${shown}, hiệu lực 5 phút. Không chia sẻ mã này.`;
  return { orderId, code, phone, otp, event, clear: sms(otp), masked: sms('******'), inClear: new RegExp(`(?<!\\d)${otp}(?!\\d)`) };
}

/** Applies the event as the consumer does, in one transaction (without the inbox, so a redelivery reaches the use case). */
const apply = (event: EventOf<'orders.buyer-otp-requested'>): Promise<void> =>
  kit.tx((m) => kit.app.get(SendBuyerOtpOnRequested).handle(event, { manager: m } as HandlerContext));

const dispatch = () => kit.app.get(NotificationDispatcher).dispatchNow();

type Row = Record<string, unknown>;
const rowsOf = async (orderId: string): Promise<Row[]> =>
  (await kit.db.query(
    `SELECT "id", "template", "channel", "recipient_role", "recipient", "status", "critical", "body", "attempts", "provider", "last_error", "sms_encoding",
            "sms_segments", "sealed_body" IS NOT NULL AS "sealed", "template_data", "next_attempt_at", "expires_at"
       FROM "notifications"."notifications" WHERE "order_id" = $1 ORDER BY "seq"`,
    [orderId],
  )) as Row[];
const attemptsOf = async (notificationId: unknown): Promise<Row[]> =>
  (await kit.db.query(
    `SELECT "provider", "outcome", "status_code", "started_at" FROM "notifications"."notification_attempts" WHERE "notification_id" = $1 ORDER BY "attempt"`,
    [notificationId],
  )) as Row[];

/** What the gateway received for `phone`: every request, and the messages it accepted (once per idempotency key). */
const requestsTo = (phone: string) => gateway.requests.filter((r) => (r.json as { to?: string } | undefined)?.to === phone);
const deliveredTo = (phone: string): string[] =>
  gateway.delivered.filter((d) => (d.payload as { to?: string }).to === phone).map((d) => String((d.payload as { text?: string }).text));

/** Everything the service keeps or shows about the order: its notifications, their attempts, its events, the audit API. */
async function everythingStoredAbout(orderId: string): Promise<string> {
  const [rows, attempts, events, audit] = await Promise.all([
    kit.db.query(`SELECT to_jsonb(n)::text AS "row" FROM "notifications"."notifications" n WHERE "order_id" = $1`, [orderId]),
    kit.db.query(
      `SELECT to_jsonb(a)::text AS "row" FROM "notifications"."notification_attempts" a JOIN "notifications"."notifications" n ON n."id" = a."notification_id" WHERE n."order_id" = $1`,
      [orderId],
    ),
    kit.events(orderId),
    kit.get(`/v1/notifications?orderId=${orderId}`, kit.operatorToken('viewer')),
  ]);
  expect(audit.status).toBe(200);
  return JSON.stringify({ rows, attempts, events, audit: audit.body });
}

// --- tests -----------------------------------------------------------------------------------------------------------

describe('the one-time code with SMS_PROVIDERS=sms-http', () => {
  it('reaches the gateway in clear exactly once, after a 503 retried on the schedule; everything else shows ******', async () => {
    const o = newOtp();
    await apply(o.event);
    await apply(o.event); // redelivered without the inbox: ON CONFLICT keeps one row
    const [queued, ...more] = await rowsOf(o.orderId);
    expect(more).toEqual([]);
    expect(queued).toMatchObject({
      template: 'buyer-otp@1',
      channel: 'SMS',
      recipient_role: 'BUYER',
      recipient: o.phone,
      status: 'PENDING',
      critical: true,
      body: o.masked,
      attempts: 0,
      provider: null,
      sms_encoding: 'UCS-2',
      sms_segments: 2,
      sealed: true,
      template_data: null,
      expires_at: new Date(o.event.data.expiresAt),
    });

    gateway.failNext(1, { status: 503, when: (r) => (r.json as { to?: string } | undefined)?.to === o.phone });
    await dispatch();
    expect(requestsTo(o.phone).map((r) => r.answeredWith)).toEqual([503]);
    const [waiting] = await rowsOf(o.orderId);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, provider: 'sms-http', last_error: 'HTTP 503' });
    const [failedTry] = await attemptsOf(queued.id);
    const retryInMs = (waiting.next_attempt_at as Date).getTime() - (failedTry.started_at as Date).getTime();
    expect(retryInMs).toBeGreaterThanOrEqual(MINUTE);
    expect(retryInMs).toBeLessThan(MINUTE + 5000);

    await dispatch(); // not due yet: the schedule says 1 min
    expect(requestsTo(o.phone)).toHaveLength(1);
    await kit.advance(MINUTE);
    await dispatch();

    expect(deliveredTo(o.phone)).toEqual([o.clear]);
    const requests = requestsTo(o.phone);
    expect(requests.map((r) => [r.answeredWith, r.headers['idempotency-key']])).toEqual([
      [503, idempotencyKeyOf(o.event.id, 'SMS', o.phone)],
      [200, idempotencyKeyOf(o.event.id, 'SMS', o.phone)],
    ]);
    const [sent] = await rowsOf(o.orderId);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, provider: 'sms-http', last_error: null, body: o.masked });
    expect((await attemptsOf(queued.id)).map((a) => [a.provider, a.outcome, a.status_code])).toEqual([
      ['sms-http', 'FAILED', 503],
      ['sms-http', 'SENT', 200],
    ]);
    const events = (await kit.events(o.orderId)).map((e) => [e.type, e.data.template, e.data.recipientMasked]);
    expect(events).toEqual([
      ['notifications.notification-failed', 'buyer-otp@1', `${o.phone.slice(0, 5)}****${o.phone.slice(-3)}`],
      ['notifications.notification-sent', 'buyer-otp@1', `${o.phone.slice(0, 5)}****${o.phone.slice(-3)}`],
    ]);

    const stored = await everythingStoredAbout(o.orderId);
    expect(stored).toContain(o.masked);
    expect(stored).not.toMatch(o.inClear);
    const appLogs = logs.join('');
    expect(appLogs).toContain(`sms-http: notification ${String(queued.id)} to`); // the capture sees the 503's warning
    expect(appLogs).not.toMatch(o.inClear);
  });

  it('never sends a code expired on arrival, nor one that expires while it waits for a retry', async () => {
    const stale = newOtp(5 * MINUTE); // requested 5 minutes ago: expired the instant it arrives
    await apply(stale.event);
    expect(await rowsOf(stale.orderId)).toEqual([
      expect.objectContaining({ template: 'buyer-otp@1', status: 'FAILED', body: stale.masked, sealed: false, next_attempt_at: null, last_error: 'the one-time code expired' }),
    ]);

    const late = newOtp();
    await apply(late.event);
    gateway.failNext(2, { status: 503, when: (r) => (r.json as { to?: string } | undefined)?.to === late.phone });
    await dispatch(); // 503; the next round in 1 min, inside the 5 minutes
    await kit.advance(MINUTE);
    await dispatch(); // 503 again; the next round in 10 min, after the code expired
    const [retrying] = await rowsOf(late.orderId);
    expect(retrying).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect((retrying.next_attempt_at as Date).getTime()).toBeGreaterThan(Date.parse(late.event.data.expiresAt));
    await kit.advance(10 * MINUTE);
    await dispatch();

    expect(await rowsOf(late.orderId)).toEqual([expect.objectContaining({ status: 'FAILED', attempts: 3, last_error: 'the one-time code expired', body: late.masked })]);
    expect(requestsTo(late.phone).map((r) => r.answeredWith)).toEqual([503, 503]);
    expect(deliveredTo(late.phone)).toEqual([]);
    expect(requestsTo(stale.phone)).toEqual([]);
    const failed = await kit.eventData(late.orderId, 'notifications.notification-failed');
    expect(failed.map((e) => [e.error, e.final])).toEqual([
      ['HTTP 503', false],
      ['HTTP 503', false],
      ['the one-time code expired', true],
    ]);
    for (const o of [stale, late]) expect(await everythingStoredAbout(o.orderId)).not.toMatch(o.inClear);
    expect(logs.join('')).not.toMatch(late.inClear);
  });
});
