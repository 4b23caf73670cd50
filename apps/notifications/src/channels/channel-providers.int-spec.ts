/**
 * The channel providers against real local servers that behave as the providers document and fail on command (no
 * mocks, no app booted): two SMS HTTP gateways, Zalo ZNS, a Standard Webhooks receiver, an in-process SMTP server
 * (smtp-server, parsed with mailparser) and the test PostgreSQL for `sms-log`. Each provider delivers the exact
 * payload and headers; failures map to retryable or not as documented; timeouts are bounded; a failing primary SMS
 * gateway fails over to the secondary with every attempt answered; the idempotency key travels; email keeps its
 * Vietnamese diacritics; the webhook signature verifies with each of two secrets during a rotation; and nothing
 * logged names a phone, an email, a token or a secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Global, Logger, Module, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { loadConfig, ServiceEnv } from '@trustcircle/config';
import { serviceDataSourceOptions } from '@trustcircle/database';
import { CLOCK, ManualClock } from '@trustcircle/kernel';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { NotificationsEnv } from '../config/notifications.env';
import { SmsLogRecord } from '../notifications/infrastructure/sms-log.orm-entity';
import { FakeSmsGateway, FakeSmtpServer, FakeWebhookReceiver, FakeZaloZns } from '../testing/fake-providers';
import { ProviderChain } from './application/provider-chain';
import type { ChannelProvider, OutboundMessage, SendResult } from './channel-provider';
import { ChannelsModule } from './channels.module';
import { emailMessageIdFor } from './domain/email-message-id';
import { LogSmsChannelProvider } from './infrastructure/log-sms-channel.provider';
import { SmsHttpGatewayProvider, type SmsGatewaySettings } from './infrastructure/sms-http-gateway.provider';
import { NOTIFICATION_ID_EMAIL_HEADER, SmtpEmailProvider } from './infrastructure/smtp-email.provider';
import { WebhookSender } from './infrastructure/webhook.sender';
import { ZaloZnsProvider } from './infrastructure/zalo-zns.provider';

jest.setTimeout(20_000);

const PHONE = '+84901234567';
const EMAIL = 'hoa.nguyen@example.com';
const PRIMARY_TOKEN = `primary-${randomBytes(12).toString('hex')}`;
const SECONDARY_TOKEN = `secondary-${randomBytes(12).toString('hex')}`;
const ZALO_TOKEN = `zalo-${randomBytes(12).toString('hex')}`;
const SMTP_AUTH = { user: 'mailer', pass: `pw-${randomBytes(8).toString('hex')}` };
const OLD_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const NEW_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const OTP = '482913';
/** An SMS with a one-time code, quotes, a backslash and a newline: JSON escaping and scrubbing both matter. */
const SMS_TEXT = `TrustCircle: mã OTP ${OTP} cho đơn "TC-8F3K2" \\ hết hạn sau 5 phút.\nKhông chia sẻ mã này.`;
/**
 * The providers' timeout in these tests: short, so a hang is cut quickly, yet long enough for a loaded CI machine to
 * answer a local request within it (150 ms was not: a plain HTTP 500 once arrived too late).
 */
const SHORT_TIMEOUT_MS = 400;

const logs: string[] = [];
const captureLogger: LoggerService = {
  log: (m: unknown) => void logs.push(String(m)),
  error: (m: unknown, ...rest: unknown[]) => void logs.push([m, ...rest].map(String).join(' ')),
  warn: (m: unknown) => void logs.push(String(m)),
  debug: (m: unknown) => void logs.push(String(m)),
  verbose: (m: unknown) => void logs.push(String(m)),
};

let primary: FakeSmsGateway;
let secondary: FakeSmsGateway;
let zalo: FakeZaloZns;
let receiver: FakeWebhookReceiver;
let smtp: FakeSmtpServer;
let dataSource: DataSource;
let redirectTarget: Server;
let redirectTargetHits = 0;

const primarySettings = (): SmsGatewaySettings => ({
  name: 'sms-http',
  url: `${primary.url}/v1/sms`,
  token: PRIMARY_TOKEN,
  authHeader: 'Authorization',
  sender: 'TrustCircle',
  payloadTemplate: '{"to":"{{to}}","from":"{{sender}}","text":"{{text}}","ref":"{{idempotencyKey}}"}',
  messageIdPath: 'data.id',
  timeoutMs: SHORT_TIMEOUT_MS,
});
const secondarySettings = (): SmsGatewaySettings => ({
  name: 'sms-http-secondary',
  url: `${secondary.url}/send`,
  token: SECONDARY_TOKEN,
  authHeader: 'X-Api-Key',
  sender: 'TC',
  payloadTemplate: '{"msisdn":"{{msisdn}}","brandname":"{{sender}}","message":{"body":"{{text}}"},"requestId":"{{notificationId}}"}',
  messageIdPath: 'data.id',
  timeoutMs: SHORT_TIMEOUT_MS,
});

function sms(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  const eventId = randomUUID();
  return { notificationId: randomUUID(), idempotencyKey: `${eventId}:SMS:0123456789abcdef`, channel: 'SMS', to: PHONE, text: SMS_TEXT, ...overrides };
}

const failure = (result: SendResult): Extract<SendResult, { ok: false }> => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result;
};

beforeAll(async () => {
  Logger.overrideLogger(captureLogger);
  [primary, secondary, zalo, receiver, smtp] = await Promise.all([
    FakeSmsGateway.start({ token: PRIMARY_TOKEN }),
    FakeSmsGateway.start({ token: SECONDARY_TOKEN, authHeader: 'X-Api-Key' }),
    FakeZaloZns.start({ accessToken: ZALO_TOKEN }),
    FakeWebhookReceiver.start({ secrets: [OLD_SECRET] }),
    FakeSmtpServer.start({ auth: SMTP_AUTH }),
  ]);
  redirectTarget = createServer((_req, res) => {
    redirectTargetHits += 1;
    res.end('followed');
  });
  await new Promise<void>((resolve) => redirectTarget.listen(0, '127.0.0.1', resolve));
  dataSource = new DataSource(serviceDataSourceOptions({ service: 'notifications', entities: [SmsLogRecord], migrations: [] }, loadConfig(ServiceEnv)));
  await dataSource.initialize();
});

afterAll(async () => {
  await Promise.all([primary?.close(), secondary?.close(), zalo?.close(), receiver?.close(), smtp?.close(), dataSource?.destroy()]);
  await new Promise<void>((resolve) => (redirectTarget ? redirectTarget.close(() => resolve()) : resolve()));
  Logger.overrideLogger(false);
});

beforeEach(() => {
  for (const fake of [primary, secondary, zalo, receiver]) fake.recover().clearRequests();
  smtp.recover();
});

describe('sms-http (SmsHttpGatewayProvider)', () => {
  it('POSTs the configured JSON payload, JSON-escaped, with the bearer token and the Idempotency-Key, and reads the id', async () => {
    const provider = new SmsHttpGatewayProvider(primarySettings());
    const message = sms();

    const result = await provider.send(message);

    expect(primary.requests).toHaveLength(1);
    const [request] = primary.requests;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/sms');
    expect(request.headers['authorization']).toBe(`Bearer ${PRIMARY_TOKEN}`);
    expect(request.headers['idempotency-key']).toBe(message.idempotencyKey);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.json).toEqual({ to: PHONE, from: 'TrustCircle', text: SMS_TEXT, ref: message.idempotencyKey });
    expect(result).toEqual({ ok: true, providerMessageId: primary.delivered[0].id, statusCode: 200, response: `{"data":{"id":"${primary.delivered[0].id}","status":"queued"}}` });
  });

  it('a resend with the same idempotency key is answered with the first id and delivered once', async () => {
    const provider = new SmsHttpGatewayProvider(primarySettings());
    const message = sms();
    const before = primary.delivered.length;

    const first = await provider.send(message);
    const again = await provider.send({ ...message });

    expect(again.ok && first.ok && again.providerMessageId === first.providerMessageId).toBe(true);
    expect(primary.requests.map((r) => [r.headers['idempotency-key'], r.duplicate])).toEqual([
      [message.idempotencyKey, false],
      [message.idempotencyKey, true],
    ]);
    expect(primary.delivered.length - before).toBe(1);
  });

  it('another header and payload shape: X-Api-Key carries the token as is, {{msisdn}} drops the +', async () => {
    const message = sms();
    const result = await new SmsHttpGatewayProvider(secondarySettings()).send(message);

    expect(result.ok).toBe(true);
    const [request] = secondary.requests;
    expect(request.headers['x-api-key']).toBe(SECONDARY_TOKEN);
    expect(request.headers['authorization']).toBeUndefined();
    expect(request.json).toEqual({ msisdn: '84901234567', brandname: 'TC', message: { body: SMS_TEXT }, requestId: message.notificationId });
  });

  it.each([
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [429, true],
    [408, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
  ])('HTTP %i is a failure, retryable: %s', async (status, retryable) => {
    primary.failNext(1, { status, body: { error: 'nope' } });
    const result = await new SmsHttpGatewayProvider(primarySettings()).send(sms());
    expect(result).toEqual({ ok: false, retryable, error: `HTTP ${status}`, statusCode: status, response: '{"error":"nope"}' });
  });

  it('a redirect is not followed: a retryable failure naming the Location, the target never called', async () => {
    const target = `http://127.0.0.1:${(redirectTarget.address() as AddressInfo).port}/moved`;
    primary.failNext(1, { status: 301, body: '', headers: { location: `${target}?token=x` } });
    const result = await new SmsHttpGatewayProvider(primarySettings()).send(sms());
    expect(result).toEqual({ ok: false, retryable: true, error: `HTTP 301: redirect to ${target} not followed`, statusCode: 301, response: '' });
    expect(redirectTargetHits).toBe(0);
  });

  it('stores at most 1,000 characters of the answer, with the token, the text, the phone and other phones hidden', async () => {
    const echo = { error: 'invalid', token: PRIMARY_TOKEN, to: PHONE, msisdn: '84901234567', other: '0912345678', text: SMS_TEXT, pad: 'x'.repeat(3000) };
    primary.failNext(1, { status: 422, body: echo });
    const stored = failure(await new SmsHttpGatewayProvider(primarySettings()).send(sms())).response ?? '';
    expect(stored).toHaveLength(1000);
    expect(stored.startsWith('{"error":"invalid","token":"[REDACTED]","to":"+8490****567","msisdn":"8490****567","other":"091****678","text":"[REDACTED]","pad":"xxx')).toBe(true);
    expect(stored).not.toContain(OTP);
  });

  it('a gateway that never answers times out (bounded), retryable', async () => {
    primary.hangNext();
    const started = Date.now();
    const result = await new SmsHttpGatewayProvider(primarySettings()).send(sms());
    const took = Date.now() - started;
    expect(result).toEqual({ ok: false, retryable: true, error: `timed out after ${SHORT_TIMEOUT_MS} ms` });
    expect(took).toBeGreaterThanOrEqual(SHORT_TIMEOUT_MS - 10);
    expect(took).toBeLessThan(SHORT_TIMEOUT_MS + 1000);
  });

  it('a slow answer past the timeout is a timeout too', async () => {
    primary.failNext(1, { status: 200, delayMs: SHORT_TIMEOUT_MS + 150, body: { data: { id: 'late' } } });
    expect(await new SmsHttpGatewayProvider(primarySettings()).send(sms())).toEqual({ ok: false, retryable: true, error: `timed out after ${SHORT_TIMEOUT_MS} ms` });
  });

  it('nobody listening is a retryable connection failure', async () => {
    const closed = await FakeSmsGateway.start({ token: 't' });
    const url = closed.url;
    await closed.close();
    const result = await new SmsHttpGatewayProvider({ ...primarySettings(), url }).send(sms());
    expect(result).toEqual({ ok: false, retryable: true, error: 'connection failed: ECONNREFUSED' });
  });
});

describe('failover (ProviderChain)', () => {
  const chain = (): ProviderChain => new ProviderChain([new SmsHttpGatewayProvider(primarySettings()), new SmsHttpGatewayProvider(secondarySettings()), new WebhookSender({ timeoutMs: 1000 })]);

  it('a failing primary (503) fails over to the secondary at once; every attempt is answered, the same key sent to both', async () => {
    primary.failAll(503);
    const message = sms();

    const outcome = await chain().sendWithFailover(message);

    expect(outcome.provider).toBe('sms-http-secondary');
    expect(outcome.result).toEqual({ ok: true, providerMessageId: secondary.delivered.at(-1)?.id, statusCode: 200, response: expect.any(String) as string });
    expect(outcome.attempts.map((a) => [a.provider, a.result.ok, a.result.ok ? null : a.result.retryable, a.result.statusCode])).toEqual([
      ['sms-http', false, true, 503],
      ['sms-http-secondary', true, null, 200],
    ]);
    for (const a of outcome.attempts) expect(a.latencyMs).toBeGreaterThanOrEqual(0);
    expect(primary.requests[0].headers['idempotency-key']).toBe(message.idempotencyKey);
    expect(secondary.requests[0].headers['idempotency-key']).toBe(message.idempotencyKey);
  });

  it('a primary that hangs fails over after its timeout', async () => {
    primary.hangNext();
    const outcome = await chain().sendWithFailover(sms());
    expect(outcome.attempts.map((a) => [a.provider, a.result.ok])).toEqual([
      ['sms-http', false],
      ['sms-http-secondary', true],
    ]);
    expect(outcome.attempts[0].latencyMs).toBeGreaterThanOrEqual(SHORT_TIMEOUT_MS - 10);
  });

  it('a refusal that will not change (400) is not failed over', async () => {
    primary.failNext(1, { status: 400 });
    const outcome = await chain().sendWithFailover(sms());
    expect(outcome.attempts.map((a) => a.provider)).toEqual(['sms-http']);
    expect(outcome.result).toMatchObject({ ok: false, retryable: false, statusCode: 400 });
    expect(secondary.requests).toHaveLength(0);
  });

  it('both failing: both attempts, the last result retryable (the dispatcher retries the round on its schedule)', async () => {
    primary.failAll(502);
    secondary.failAll(429);
    const outcome = await chain().sendWithFailover(sms());
    expect(outcome.attempts.map((a) => [a.provider, a.result.statusCode])).toEqual([
      ['sms-http', 502],
      ['sms-http-secondary', 429],
    ]);
    expect(outcome.result).toMatchObject({ ok: false, retryable: true, statusCode: 429 });
  });

  it('a channel without providers answers a non-retryable failure and no attempt', async () => {
    const outcome = await chain().sendWithFailover({ ...sms(), channel: 'ZALO' });
    expect(outcome).toEqual({ result: { ok: false, retryable: false, error: 'no provider configured for channel ZALO' }, provider: null, attempts: [] });
  });

  it('a provider that throws (a bug) counts as a retryable failure and the next is tried', async () => {
    const broken: ChannelProvider = { name: 'broken', channel: 'SMS', send: () => Promise.reject(new TypeError(`boom ${PHONE}`)) };
    const outcome = await new ProviderChain([broken, new SmsHttpGatewayProvider(secondarySettings())]).sendWithFailover(sms());
    expect(outcome.attempts.map((a) => [a.provider, a.result.ok ? 'ok' : a.result.error])).toEqual([
      ['broken', 'provider threw: TypeError'],
      ['sms-http-secondary', 'ok'],
    ]);
  });
});

describe('sms-log (LogSmsChannelProvider)', () => {
  it('stores one notifications.sms_log row per idempotency key and answers its id', async () => {
    const clock = new ManualClock('2026-03-01T01:02:03.000Z');
    const provider = new LogSmsChannelProvider(dataSource, clock);
    const message = sms();

    const first = await provider.send(message);
    const again = await provider.send({ ...message, text: 'changed' });

    const rows = await dataSource.getRepository(SmsLogRecord).findBy({ idempotencyKey: message.idempotencyKey });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ toPhone: PHONE, body: SMS_TEXT, createdAt: new Date('2026-03-01T01:02:03.000Z') });
    expect(first).toEqual({ ok: true, providerMessageId: rows[0].id });
    expect(again).toEqual({ ok: true, providerMessageId: rows[0].id });
  });
});

describe('zalo-zns (ZaloZnsProvider)', () => {
  const provider = (): ZaloZnsProvider => new ZaloZnsProvider({ baseUrl: `${zalo.url}/`, accessToken: ZALO_TOKEN, timeoutMs: SHORT_TIMEOUT_MS });
  const zns = (overrides: Partial<OutboundMessage> = {}): OutboundMessage =>
    sms({ channel: 'ZALO', zaloTemplate: { templateId: '312345', params: { order_code: 'TC-8F3K2', otp: OTP } }, ...overrides });

  it('POSTs /message/template with the access_token header and {phone 84…, template_id, template_data, tracking_id}', async () => {
    const message = zns();
    const result = await provider().send(message);

    const [request] = zalo.requests;
    expect(request.path).toBe('/message/template');
    expect(request.headers['access_token']).toBe(ZALO_TOKEN);
    expect(request.json).toEqual({ phone: '84901234567', template_id: '312345', template_data: { order_code: 'TC-8F3K2', otp: OTP }, tracking_id: message.notificationId });
    expect(result).toMatchObject({ ok: true, providerMessageId: zalo.delivered.at(-1)?.msgId, statusCode: 200 });
    expect(result.ok && result.response).not.toContain(OTP);
  });

  it.each([
    [-100, true, 'ZNS error -100: Unknown error'],
    [-133, true, 'ZNS error -133: Template not allowed at night (22:00-06:00)'],
    [-118, false, 'ZNS error -118: Zalo account not existed'],
    [-108, false, 'ZNS error -108: Phone number invalid'],
    [-115, false, 'ZNS error -115: Out of quota'],
    [-139, false, 'ZNS error -139: User refused this kind of ZNS'],
    [-999, false, 'ZNS error -999: Undocumented ZNS error'],
  ])('ZNS error %i (HTTP 200) is retryable: %s', async (code, retryable, error) => {
    zalo.failNextWithError(1, code);
    expect(await provider().send(zns())).toEqual({ ok: false, retryable, error, statusCode: 200, response: `{"error":${code},"message":"fake ZNS error ${code}"}` });
  });

  it('a wrong token is ZNS -124, not retryable', async () => {
    const result = await new ZaloZnsProvider({ baseUrl: zalo.url, accessToken: 'wrong-token', timeoutMs: SHORT_TIMEOUT_MS }).send(zns());
    expect(result).toMatchObject({ ok: false, retryable: false, error: 'ZNS error -124: Access token invalid' });
  });

  it('HTTP 502, an answer that is not ZNS JSON, and a hang are retryable', async () => {
    zalo.failNext(1, { status: 502 });
    expect(await provider().send(zns())).toMatchObject({ ok: false, retryable: true, statusCode: 502 });
    zalo.failNext(1, { status: 200, body: '<html>maintenance</html>' });
    expect(await provider().send(zns())).toMatchObject({ ok: false, retryable: true, error: 'unexpected ZNS answer (no numeric "error")' });
    zalo.hangNext();
    expect(await provider().send(zns())).toEqual({ ok: false, retryable: true, error: `timed out after ${SHORT_TIMEOUT_MS} ms` });
  });

  it('no template or a foreign number is refused without calling Zalo', async () => {
    expect(await provider().send(zns({ zaloTemplate: undefined }))).toEqual({ ok: false, retryable: false, error: 'no ZNS template for this message' });
    expect(await provider().send(zns({ to: '+14155550100' }))).toMatchObject({ ok: false, retryable: false });
    expect(zalo.requests).toHaveLength(0);
  });
});

describe('smtp (SmtpEmailProvider)', () => {
  const FROM = 'TrustCircle <no-reply@trustcircle.vn>';
  const provider = (timeoutMs = 2000): SmtpEmailProvider => new SmtpEmailProvider({ url: smtp.url(SMTP_AUTH), from: FROM, timeoutMs });
  const email = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
    notificationId: randomUUID(),
    idempotencyKey: `${randomUUID()}:EMAIL:fedcba9876543210`,
    channel: 'EMAIL',
    to: EMAIL,
    subject: 'Đơn hàng TC-8F3K2 đã được giao — hạn kiểm tra 18:30 ngày 02/03',
    text: 'Chào chị Hoa,\nĐơn hàng TC-8F3K2 (1.235.000 ₫) đã được giao. Bạn có 3 ngày để kiểm tra hàng.',
    html: '<p>Chào chị <strong>Hoa</strong>,</p><p>Đơn hàng TC-8F3K2 (1.235.000&nbsp;₫) đã được giao.</p>',
    ...overrides,
  });

  it('delivers subject, text and HTML with diacritics intact, a Message-ID derived from the key (a resend keeps it) and the notification id header', async () => {
    const message = email();
    const before = smtp.messages.length;

    const result = await provider().send(message);
    await provider().send(message);
    await provider().send({ ...message, idempotencyKey: `${randomUUID()}:EMAIL:fedcba9876543210` });

    expect(smtp.messages.length - before).toBe(3);
    const [received, resent, other] = smtp.messages.slice(-3);
    const messageId = emailMessageIdFor(message.idempotencyKey, FROM);
    expect(result).toEqual({ ok: true, providerMessageId: messageId, statusCode: 250, response: expect.stringMatching(/^250 /) as string });
    expect(received.user).toBe(SMTP_AUTH.user);
    expect(received.envelope).toEqual({ from: 'no-reply@trustcircle.vn', to: [EMAIL] });
    expect(received.parsed.subject).toBe(message.subject);
    expect(received.parsed.text).toBe(message.text);
    expect(received.parsed.html).toBe(message.html);
    expect(received.parsed.messageId).toBe(messageId);
    expect(received.parsed.headers.get(NOTIFICATION_ID_EMAIL_HEADER.toLowerCase())).toBe(message.notificationId);
    expect(received.parsed.from?.value).toEqual([{ name: 'TrustCircle', address: 'no-reply@trustcircle.vn' }]);
    expect(resent.parsed.messageId).toBe(messageId);
    expect(other.parsed.messageId).not.toBe(messageId);
  });

  it('a 4xx reply is retryable, a 5xx is not', async () => {
    smtp.rejectNext(1, 451).rejectNext(1, 550);
    const transient = await provider().send(email());
    const permanent = await provider().send(email());
    expect(transient).toMatchObject({ ok: false, retryable: true, statusCode: 451, error: 'SMTP 451 (EMESSAGE)' });
    expect(permanent).toMatchObject({ ok: false, retryable: false, statusCode: 550, error: 'SMTP 550 (EMESSAGE)' });
  });

  it('wrong credentials (535) are not retryable; a server that never answers times out, retryable', async () => {
    const wrongAuth = new SmtpEmailProvider({ url: smtp.url({ user: SMTP_AUTH.user, pass: 'wrong-password' }), from: FROM, timeoutMs: 2000 });
    expect(await wrongAuth.send(email())).toMatchObject({ ok: false, retryable: false, statusCode: 535 });
    smtp.hangNext();
    const started = Date.now();
    expect(await provider(SHORT_TIMEOUT_MS).send(email())).toMatchObject({ ok: false, retryable: true, error: `SMTP timed out after ${SHORT_TIMEOUT_MS} ms` });
    expect(Date.now() - started).toBeLessThan(SHORT_TIMEOUT_MS + 1000);
  });
});

describe('webhook (WebhookSender)', () => {
  const body = JSON.stringify({ type: 'escrow.released', timestamp: '2026-03-01T01:02:03.000Z', data: { orderId: randomUUID(), amount: 1235000, note: 'Đã giải ngân' } });
  const webhook = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
    notificationId: randomUUID(),
    idempotencyKey: randomUUID(),
    channel: 'WEBHOOK',
    to: `${receiver.url}/hooks/trustcircle?k=1`,
    text: body,
    webhookSecrets: [NEW_SECRET, OLD_SECRET],
    eventType: 'escrow.released',
    ...overrides,
  });

  it('POSTs the exact bytes with the Standard Webhooks headers; during a rotation each secret verifies', async () => {
    const message = webhook();
    const sender = new WebhookSender({ timeoutMs: 1000 });

    receiver.setSecrets([OLD_SECRET]);
    const withOld = await sender.send(message);
    receiver.setSecrets([NEW_SECRET]);
    const withNew = await sender.send(message);

    expect(withOld).toEqual({ ok: true, providerMessageId: null, statusCode: 204, response: '' });
    expect(withNew).toEqual(withOld);
    expect(receiver.received.slice(-2).map((r) => [r.verified, r.webhookId, r.eventType])).toEqual([
      [true, message.notificationId, 'escrow.released'],
      [true, message.notificationId, 'escrow.released'],
    ]);
    const request = receiver.requests[receiver.requests.length - 1];
    expect(request.path).toBe('/hooks/trustcircle?k=1');
    expect(request.body).toBe(body);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['webhook-id']).toBe(message.notificationId);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    const signatures = String(request.headers['webhook-signature']).split(' ');
    expect(signatures).toHaveLength(2);
    expect(signatures.every((s) => /^v1,[A-Za-z0-9+/]{43}=$/.test(s))).toBe(true);
    const headers = { 'webhook-id': String(request.headers['webhook-id']), 'webhook-timestamp': String(request.headers['webhook-timestamp']), 'webhook-signature': String(request.headers['webhook-signature']) };
    for (const secret of [NEW_SECRET, OLD_SECRET]) expect(new Webhook(secret).verify(request.body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(request.body, headers)).toThrow('No matching signature found');
  });

  it('a receiver that does not know the secret answers 401: not retryable', async () => {
    receiver.setSecrets([OLD_SECRET]);
    const result = await new WebhookSender({ timeoutMs: 1000 }).send(webhook({ webhookSecrets: [NEW_SECRET] }));
    expect(result).toEqual({ ok: false, retryable: false, error: 'HTTP 401', statusCode: 401, response: '{"error":"invalid signature"}' });
    expect(receiver.received.at(-1)?.verified).toBe(false);
  });

  it('5xx and 429 are retryable, 410 is not, a redirect is not followed (retryable), a hang times out', async () => {
    const sender = new WebhookSender({ timeoutMs: SHORT_TIMEOUT_MS });
    const target = `http://127.0.0.1:${(redirectTarget.address() as AddressInfo).port}/elsewhere`;
    receiver.failNext(1, { status: 500 }).failNext(1, { status: 429 }).failNext(1, { status: 410 }).failNext(1, { status: 308, body: '', headers: { location: target } }).hangNext();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await sender.send(webhook()));
    expect(results.map((r) => (r.ok ? 'ok' : [r.retryable, r.error]))).toEqual([
      [true, 'HTTP 500'],
      [true, 'HTTP 429'],
      [false, 'HTTP 410'],
      [true, `HTTP 308: redirect to ${target} not followed`],
      [true, `timed out after ${SHORT_TIMEOUT_MS} ms`],
    ]);
    expect(redirectTargetHits).toBe(0);
    expect(receiver.received.slice(-5).every((r) => r.verified)).toBe(true);
  });

  it('no secret, or a secret that is not whsec_ base64, is refused without calling the endpoint', async () => {
    const sender = new WebhookSender({ timeoutMs: 1000 });
    expect(await sender.send(webhook({ webhookSecrets: [] }))).toEqual({ ok: false, retryable: false, error: 'no signing secret for this endpoint' });
    expect(await sender.send(webhook({ webhookSecrets: ['whsec_'] }))).toEqual({ ok: false, retryable: false, error: 'an endpoint secret is not a valid whsec_ secret' });
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('ChannelsModule', () => {
  it('builds CHANNEL_PROVIDERS and the chain from the environment, primary first, and they deliver', async () => {
    const env = loadConfig(NotificationsEnv, {
      ...process.env,
      SMS_PROVIDERS: 'sms-http,sms-http-secondary,sms-log',
      SMS_GATEWAY_URL: `${primary.url}/v1/sms`,
      SMS_GATEWAY_TOKEN: PRIMARY_TOKEN,
      SMS_GATEWAY_TIMEOUT_MS: String(SHORT_TIMEOUT_MS),
      SMS_GATEWAY_SECONDARY_URL: `${secondary.url}/send`,
      SMS_GATEWAY_SECONDARY_TOKEN: SECONDARY_TOKEN,
      SMS_GATEWAY_SECONDARY_AUTH_HEADER: 'X-Api-Key',
      SMS_GATEWAY_SECONDARY_PAYLOAD: '{"msisdn":"{{msisdn}}","message":"{{text}}"}',
      ZALO_PROVIDERS: 'zalo-zns',
      ZALO_ZNS_URL: zalo.url,
      ZALO_ZNS_ACCESS_TOKEN: ZALO_TOKEN,
      EMAIL_PROVIDERS: 'smtp',
      SMTP_URL: smtp.url(SMTP_AUTH),
      EMAIL_FROM: 'no-reply@trustcircle.vn',
    });
    @Global()
    @Module({
      providers: [
        { provide: NotificationsEnv, useValue: env },
        { provide: getDataSourceToken(), useValue: dataSource },
        { provide: CLOCK, useValue: new ManualClock() },
      ],
      exports: [NotificationsEnv, getDataSourceToken(), CLOCK],
    })
    class Deps {}
    @Module({ imports: [Deps, ChannelsModule] })
    class Root {}
    const app = await NestFactory.createApplicationContext(Root, { logger: captureLogger });
    try {
      const chain = app.get(ProviderChain);
      expect((['ZALO', 'SMS', 'EMAIL', 'WEBHOOK'] as const).map((c) => chain.providersFor(c).map((p) => p.name))).toEqual([
        ['zalo-zns'],
        ['sms-http', 'sms-http-secondary', 'sms-log'],
        ['smtp'],
        ['webhook'],
      ]);
      primary.failAll(503);
      const outcome = await chain.sendWithFailover(sms());
      expect(outcome.attempts.map((a) => [a.provider, a.result.ok])).toEqual([
        ['sms-http', false],
        ['sms-http-secondary', true],
      ]);
      expect(secondary.requests.at(-1)?.json).toEqual({ msisdn: '84901234567', message: SMS_TEXT });
    } finally {
      await app.close();
    }
  });
});

describe('logs', () => {
  it('failures were logged with masked recipients, never a phone, an email, a token, a secret or a one-time code', () => {
    expect(logs.length).toBeGreaterThan(10);
    expect(logs.some((l) => l.includes('+8490****567'))).toBe(true);
    expect(logs.some((l) => l.includes('h***@example.com'))).toBe(true);
    const forbidden = [PHONE, '84901234567', '0901234567', EMAIL, PRIMARY_TOKEN, SECONDARY_TOKEN, ZALO_TOKEN, SMTP_AUTH.pass, OLD_SECRET, NEW_SECRET, OTP, OLD_SECRET.slice(6, 30)];
    for (const line of logs) for (const secret of forbidden) expect(line).not.toContain(secret);
  });
});
