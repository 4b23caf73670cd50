import { randomInt, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { buildEvent, sampleEvent, sampleOrderIntake, TOPICS } from '@trustcircle/contracts';
import { loadConfig, readProcessEnv, ServiceEnv } from '@trustcircle/config';
import { CLOCK, type OffsetClock } from '@trustcircle/kernel';
import { createKafka } from '@trustcircle/messaging';
import { createServiceApp } from '@trustcircle/service-kit';
import { waitFor } from '@trustcircle/testing';
import type { Consumer } from 'kafkajs';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
// A cross-service test (orders and notifications in one process, from the request to the SMS): it lives
// outside both apps, where seeing two services is allowed.
import { AppModule as NotificationsAppModule } from '../../apps/notifications/src/app.module';
import { AppModule as OrdersAppModule } from '../../apps/orders/src/app.module';
import { RequestOtpUseCase } from '../../apps/orders/src/buyer-access/application/request-otp/request-otp.use-case';
import { DEFAULT_ORDER_SETTINGS } from '../../apps/orders/src/orders/application/place-order/marketplace-settings';
import { PlaceOrderUseCase } from '../../apps/orders/src/orders/application/place-order/place-order.use-case';
import type { OrderRecord } from '../../apps/orders/src/orders/infrastructure/order.orm-entity';
import { notificationTopics, orderFactTopics, skipBacklog } from '../kafka-backlog';

/**
 * Buyer access on the real stack: orders and notifications in-process, PostgreSQL, Redis, Kafka. The code is
 * read from the SMS log (notifications.sms_log, as role tc_notifications), never from a backdoor.
 */
describe('buyer access: one-time code by SMS, buyer token, the buyer’s order', () => {
  let orders: NestExpressApplication;
  let notifications: NestExpressApplication;
  let ordersDb: DataSource;
  let smsDb: Client;
  let consumer: Consumer;
  const kafkaValues: string[] = [];
  const logs: string[] = [];
  const realWrite = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    // Tampering with stdout makes pino write through it, so every log line of both apps is captured here.
    process.stdout.write = ((chunk: string | Uint8Array): boolean => {
      logs.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
    const env = { ...readProcessEnv(), LOG_LEVEL: 'info', TEST_HOOKS_ENABLED: 'true' };
    const config = loadConfig(ServiceEnv, env);
    // Earlier suites' backlog on the shared broker is not this test's: notifications and orders start at the end of
    // their topics (on a slow CI machine, orders working through thousands of earlier notification-sent events
    // outlasted the wait for this test's own).
    await Promise.all([skipBacklog('notifications', notificationTopics(), config.KAFKA_BROKERS), skipBacklog('orders', orderFactTopics(), config.KAFKA_BROKERS)]);
    orders = await createServiceApp(OrdersAppModule.forRoot(env), { service: 'orders' });
    notifications = await createServiceApp(NotificationsAppModule.forRoot(env), { service: 'notifications' });
    await orders.listen(0, '127.0.0.1');
    await notifications.listen(0, '127.0.0.1');
    ordersDb = orders.get<DataSource>(getDataSourceToken());
    smsDb = new Client({ host: config.DB_HOST, port: config.DB_PORT, database: config.DB_NAME, user: 'tc_notifications', password: config.DB_PASSWORD });
    await smsDb.connect();
    consumer = createKafka({ clientId: 'test-buyer-access', brokers: config.KAFKA_BROKERS }).consumer({ groupId: `test-buyer-access-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [TOPICS.orderEvents.name], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void kafkaValues.push(message.value?.toString() ?? '') });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await smsDb?.end();
    await orders?.close();
    await notifications?.close();
    process.stdout.write = realWrite;
  });

  // --- helpers ---------------------------------------------------------------------------------------------

  /** A fresh peer address per test (127/8 is all loopback), so per-IP windows of earlier runs never interfere. */
  const newIp = (): string => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  const newPhone = (): string => `090${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
  const e164 = (phone: string): string => `+84${phone.slice(1)}`;

  interface Answer {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Record<string, unknown>;
  }

  function call(method: 'GET' | 'POST', path: string, options: { ip: string; body?: unknown; token?: string }): Promise<Answer> {
    const port = (orders.getHttpServer().address() as { port: number }).port;
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          localAddress: options.ip,
          headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async function placeOrder(phone = newPhone()): Promise<{ order: OrderRecord; phone: string }> {
    const request = { ...sampleOrderIntake(), externalId: `BA-${randomUUID()}`, buyer: { name: 'Nguyễn Thị Hoa', phone } };
    const result = await orders.get(PlaceOrderUseCase).execute({ marketplaceId: randomUUID(), request, settings: DEFAULT_ORDER_SETTINGS });
    if (result.kind !== 'created') throw new Error(`order not placed: ${result.kind}`);
    return { order: result.order, phone };
  }

  /** The one-time-code SMS sent to a phone (the order-placed SMS goes there too). */
  async function smsTo(phone: string): Promise<Array<{ body: string }>> {
    const { rows } = await smsDb.query<{ body: string }>(`SELECT body FROM "notifications"."sms_log" WHERE to_phone = $1 AND body LIKE 'TrustCircle: Mã xác thực%' ORDER BY created_at`, [e164(phone)]);
    return rows;
  }

  /**
   * Waits for the `n`-th SMS to the phone and reads the code out of it. The notifications app's dispatcher sends it on
   * its own (every `NOTIFICATION_DISPATCH_INTERVAL_MS`, 1 s by default), through the `sms-log` provider.
   */
  async function codeFromSms(phone: string, n = 1): Promise<string> {
    const sms = await waitFor(async () => (await smsTo(phone))[n - 1], { timeoutMs: 30_000, what: `SMS #${n}` });
    const match = /là (\d{6}), hiệu lực 5 phút/.exec(sms.body);
    if (!match) throw new Error('no code in the SMS');
    return match[1];
  }

  const otp = (ip: string, orderCode: string, phone: string): Promise<Answer> => call('POST', '/v1/public/otp', { ip, body: { orderCode, phone } });
  const session = (ip: string, orderCode: string, phone: string, code: string): Promise<Answer> =>
    call('POST', '/v1/public/sessions', { ip, body: { orderCode, phone, otp: code } });
  const inClear = (code: string): RegExp => new RegExp(`(?<!\\d)${code}(?!\\d)`);

  // --- tests -----------------------------------------------------------------------------------------------

  it('texts a code, exchanges it for a token that opens that order only, and never shows the code in clear', async () => {
    const ip = newIp();
    const { order, phone } = await placeOrder();
    const other = await placeOrder();

    // The buyer types the code loosely and the phone nationally: normalised both.
    const asked = await otp(ip, order.code.toLowerCase().replace(/-/g, ' '), phone);
    expect(asked.status).toBe(202);
    const code = await codeFromSms(phone);
    const [sms] = await smsTo(phone);
    expect(sms.body).toBe(`TrustCircle: Mã xác thực đơn hàng ${order.code} của bạn là ${code}, hiệu lực 5 phút. Không chia sẻ mã này.`);

    const opened = await session(ip, order.code, e164(phone), code);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 1800, orderCode: order.code });
    const token = opened.body.accessToken as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: order.id, scope: order.code, aud: 'trustcircle-buyer' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(1800);

    // Escrow says the order is funded: the fact reaches the buyer's timeline, in local time too.
    const fundedAt = '2026-11-29T14:30:00.000Z';
    const funded = buildEvent('escrow.escrow-funded', sampleEvent('escrow.escrow-funded', { orderId: order.id, fundedAt }), {
      id: randomUUID(),
      occurredAt: fundedAt,
      correlationId: randomUUID(),
      causationId: null,
      producer: 'escrow',
    });
    const producer = createKafka({ clientId: 'test-buyer-access-producer', brokers: (process.env.KAFKA_BROKERS as string).split(',') }).producer();
    await producer.connect();
    await producer.send({ topic: TOPICS.escrowEvents.name, messages: [{ key: order.id, value: JSON.stringify(funded) }] });
    await producer.disconnect();
    // The SMS sent to the buyer join the timeline too (notifications.notification-sent): the order placed and the
    // one-time code (critical: sent at once, whatever the hour). The escrow-funded SMS is not awaited: not critical,
    // it waits out quiet hours (22:00–07:00 in Vietnam).
    const CRITICAL_SMS = ['buyer-otp@1', 'order-placed@1'];
    type Fact = { fact: string; detail: { template?: string } };
    const criticalSms = (timeline: unknown): Fact[] =>
      ((timeline ?? []) as Fact[]).filter((t) => t.fact === 'MESSAGE_SENT' && CRITICAL_SMS.includes(String(t.detail.template))).sort((a, b) => String(a.detail.template).localeCompare(String(b.detail.template)));
    const read = await waitFor(
      async () => {
        const r = await call('GET', `/v1/public/orders/${order.code}`, { ip, token });
        return r.body.status === 'FUNDED' && criticalSms(r.body.timeline).length === 2 ? r : undefined;
      },
      { what: 'the funded fact and the two critical SMS sent in the buyer view' },
    );
    expect(read.status).toBe(200);
    const timeline = read.body.timeline as Fact[];
    expect(criticalSms(timeline)).toEqual(
      CRITICAL_SMS.map((template) => ({
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        atLocal: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
        strand: 'MESSAGE',
        fact: 'MESSAGE_SENT',
        statusAfter: null,
        detail: { channel: 'SMS', recipientRole: 'BUYER', template },
      })),
    );
    expect({ ...read.body, timeline: timeline.filter((t) => t.fact !== 'MESSAGE_SENT') }).toEqual({
      code: order.code,
      status: 'FUNDED',
      placedAt: order.placedAt.toISOString(),
      placedAtLocal: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
      timeZone: 'Asia/Ho_Chi_Minh',
      totalAmount: Number(order.totalAmount),
      currency: 'VND',
      seller: { name: order.seller.name },
      buyer: { name: 'N***** T** H**', phone: `+84${phone.slice(1, 3)}****${phone.slice(-3)}` },
      timeline: [
        { at: fundedAt, atLocal: '2026-11-29T21:30:00+07:00', strand: 'MONEY', fact: 'ESCROW_FUNDED', statusAfter: 'FUNDED', detail: expect.any(Object) },
      ],
    });
    expect((await call('GET', `/v1/public/orders/${other.order.code}`, { ip, token })).status).toBe(404);
    expect((await call('GET', `/v1/public/orders/${order.code}`, { ip })).status).toBe(401);
    expect((await call('GET', `/v1/public/orders/${order.code}`, { ip, token: `${token.slice(0, -4)}AAAA` })).status).toBe(401);
    // The code is used up.
    expect((await session(ip, order.code, phone, code)).status).toBe(401);

    // Secrecy: the outbox row, the Kafka message, the notifications row and every log line.
    const outbox = (await ordersDb.query(`SELECT envelope::text AS envelope FROM "orders"."outbox" WHERE key = $1 AND type = 'orders.buyer-otp-requested'`, [order.id])) as Array<{
      envelope: string;
    }>;
    expect(outbox).toHaveLength(1);
    expect(outbox[0].envelope).not.toMatch(inClear(code));
    expect(JSON.parse(outbox[0].envelope)).toMatchObject({ data: { orderId: order.id, code: order.code, phone: e164(phone), encryptedCode: expect.any(String) } });
    const onKafka = await waitFor(() => kafkaValues.find((v) => v.includes(order.id) && v.includes('orders.buyer-otp-requested')), { what: 'the event on Kafka' });
    expect(onKafka).not.toMatch(inClear(code));
    // SENT: its notification-sent reached the timeline above.
    const { rows: stored } = await smsDb.query<{ body: string; template: string; status: string }>(
      `SELECT body, template, status FROM "notifications"."notifications" WHERE order_id = $1 AND template = 'buyer-otp@1'`,
      [order.id],
    );
    expect(stored).toEqual([{ body: `TrustCircle: Mã xác thực đơn hàng ${order.code} của bạn là ******, hiệu lực 5 phút. Không chia sẻ mã này.`, template: 'buyer-otp@1', status: 'SENT' }]);
    expect(logs.join('')).toContain(`buyer OTP issued for order ${order.id}`); // the capture sees the apps' pino lines
    expect(logs.join('')).not.toMatch(inClear(code));
  });

  it('answers 202, the same body, for an unknown order or a phone that does not match, and sends nothing', async () => {
    const ip = newIp();
    const { order, phone } = await placeOrder();
    const stranger = newPhone();
    const matched = await otp(ip, order.code, phone);
    const unknown = await otp(ip, 'TC-2222-2222', newPhone());
    const wrongPhone = await otp(ip, order.code, stranger);
    // Unique per run: rate-limit counters outlive a test run in Redis, keyed by what was typed.
    const garbage = await otp(ip, 'not a code', `not a phone ${randomUUID().slice(0, 8)}`);
    for (const answer of [unknown, wrongPhone, garbage]) {
      expect(answer.status).toBe(202);
      expect(answer.body).toEqual(matched.body);
    }
    await orders.get(RequestOtpUseCase).drain();
    await codeFromSms(phone);
    const events = (await ordersDb.query(`SELECT count(*)::int AS n FROM "orders"."outbox" WHERE key = $1 AND type = 'orders.buyer-otp-requested'`, [order.id])) as Array<{ n: number }>;
    expect(events[0].n).toBe(1);
    expect(await smsTo(stranger)).toEqual([]);
  });

  it('locks the code out after 5 wrong tries, even for the right code', async () => {
    const ip = newIp();
    const { order, phone } = await placeOrder();
    await otp(ip, order.code, phone);
    const code = await codeFromSms(phone);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      const refused = await session(ip, order.code, phone, wrong);
      expect(refused.status).toBe(401);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 401, type: expect.stringContaining('invalid-otp') });
    }
    expect((await session(ip, order.code, phone, code)).status).toBe(401);
  });

  it('refuses an expired code (and forgets it), and an expired token', async () => {
    const ip = newIp();
    const clock = orders.get<OffsetClock>(CLOCK);
    const { order, phone } = await placeOrder();
    await otp(ip, order.code, phone);
    const stale = await codeFromSms(phone, 1);
    clock.advance(300_000 + 1000);
    expect((await session(ip, order.code, phone, stale)).status).toBe(401);

    await otp(ip, order.code, phone);
    const fresh = await codeFromSms(phone, 2);
    const opened = await session(ip, order.code, phone, fresh);
    expect(opened.status).toBe(200);
    const token = opened.body.accessToken as string;
    expect((await call('GET', `/v1/public/orders/${order.code}`, { ip, token })).status).toBe(200);
    clock.advance(30 * 60_000 + 10_000);
    expect((await call('GET', `/v1/public/orders/${order.code}`, { ip, token })).status).toBe(401);
  });

  it('limits requests per phone (3 per 15 min) and per IP (20 per hour) with 429 problem+json', async () => {
    const ip = newIp();
    const phone = newPhone();
    for (let i = 0; i < 3; i++) expect((await otp(ip, 'TC-3333-3333', phone)).status).toBe(202);
    // The same subscriber however written.
    const limited = await otp(newIp(), 'TC-3333-3333', e164(phone));
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ status: 429, limit: 'buyer-otp-per-phone' });

    const busy = newIp();
    for (let i = 0; i < 20; i++) expect((await otp(busy, 'TC-4444-4444', newPhone())).status).toBe(202);
    const perIp = await otp(busy, 'TC-4444-4444', newPhone());
    expect(perIp.status).toBe(429);
    expect(perIp.body).toMatchObject({ limit: 'buyer-otp-per-ip' });
  });
});
