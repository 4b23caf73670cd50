/**
 * The notification pipeline on the real PostgreSQL, Redis and Kafka, against local servers that behave like the
 * providers and fail on command (an SMS gateway and its secondary, an SMTP server, a marketplace's webhook
 * receiver): events planned into messages once whatever is redelivered, retries on the (scaled-down) schedule,
 * failover, channel fallback (Zalo → SMS; SMS → email a no-op beside the email already planned, a mute holds; never a
 * one-time code), per-order webhook order under retries, quiet hours with the critical bypass, mutes, the seller's
 * emails (the payout), the audit API and its filters, and cash on delivery's messages (a COD refund's account request).
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { EventOf, EventType, PayloadOf } from '@trustcircle/contracts';
import type { HandlerContext } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { SendBuyerOtpOnRequested } from '../buyer-otp/api/buyer-otp-requested.consumer';
import { FakeSmsGateway, FakeSmtpServer, FakeWebhookReceiver } from '../testing/fake-providers';
import { NotificationsTestKit, type TestPartner } from '../testing/notifications-test-kit';
import { createEndpoint } from '../webhooks/testing/webhooks-test-helpers';
import { NotifyOnEvents } from './api/notify-on-events.consumer';
import { NotificationDispatcher } from './application/dispatch/notification-dispatcher';
import { RecipientPreferenceRecord } from './infrastructure/pipeline.orm-entities';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const PRIMARY = 'primary-token';
const SECONDARY = 'secondary-token';
let kit: NotificationsTestKit;
let primary: FakeSmsGateway;
let secondary: FakeSmsGateway;
let smtp: FakeSmtpServer;
let receiver: FakeWebhookReceiver;
let shop: TestPartner;

beforeAll(async () => {
  [primary, secondary, smtp] = await Promise.all([FakeSmsGateway.start({ token: PRIMARY }), FakeSmsGateway.start({ token: SECONDARY }), FakeSmtpServer.start()]);
  receiver = await FakeWebhookReceiver.start({ secrets: [] });
  kit = await NotificationsTestKit.start({
    SMS_PROVIDERS: 'sms-http,sms-http-secondary',
    SMS_GATEWAY_URL: `${primary.url}/sms`,
    SMS_GATEWAY_TOKEN: PRIMARY,
    SMS_GATEWAY_TIMEOUT_MS: '2000',
    SMS_GATEWAY_SECONDARY_URL: `${secondary.url}/sms`,
    SMS_GATEWAY_SECONDARY_TOKEN: SECONDARY,
    EMAIL_PROVIDERS: 'smtp',
    SMTP_URL: smtp.url(),
    EMAIL_FROM: 'no-reply@trustcircle.vn',
    WEBHOOK_ALLOW_INSECURE_URLS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    NOTIFICATION_RETRY_SCHEDULE_SECONDS: '0,60,120',
    NOTIFICATION_DISPATCH_INTERVAL_MS: '600000',
    PUBLIC_PORTAL_URL: 'https://trustcircle.vn',
    OPERATOR_ALERT_EMAIL: 'ops@trustcircle.vn',
  });
  shop = await kit.registerPartner('MARKETPLACE');
  await kit.advance(untilVnHour(10)); // daytime in Vietnam, whenever the suite runs: quiet hours are tested on purpose
});

/** How long until the clock next reads `hour`:00 in Asia/Ho_Chi_Minh (UTC+7). */
function untilVnHour(hour: number): number {
  const local = kit.now().getTime() + 7 * HOUR;
  const target = Math.floor(local / (24 * HOUR)) * 24 * HOUR + hour * HOUR;
  return (target > local ? target : target + 24 * HOUR) - local;
}

afterAll(async () => {
  await kit?.close();
  await Promise.all([primary?.close(), secondary?.close(), smtp?.close(), receiver?.close()]);
});

beforeEach(() => {
  for (const s of [primary, secondary, receiver]) s.recover();
  smtp.recover();
});

/** A new order of `shop`, known to notifications (as `orders.order-placed` tells it). */
async function order(buyer: { phone?: string; email?: string } = {}, seller: { email?: string } = {}): Promise<{ orderId: string; code: string; phone: string }> {
  const orderId = randomUUID();
  const code = `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase();
  const phone = buyer.phone ?? `+8490${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  await apply('orders.order-placed', {
    orderId,
    code,
    marketplaceId: shop.id,
    buyer: { name: 'Nguyễn Thị Hoa', phone, ...(buyer.email ? { email: buyer.email } : {}) },
    seller: { id: 'seller-1', name: 'Cửa hàng Ánh Dương', ...seller },
    totalAmount: 1_235_000,
  });
  await dispatch(); // the order-placed SMS (and email) go first; tests look at what follows
  return { orderId, code, phone };
}

/** Applies an event as the consumer does (in a transaction); answers it. */
async function apply<T extends EventType>(type: T, data: Partial<PayloadOf<T>>): Promise<EventOf<T>> {
  const event = kit.event(type, data);
  await again(event);
  return event;
}
async function again(event: EventOf<EventType>): Promise<void> {
  await kit.tx((m) => kit.app.get(NotifyOnEvents).handle(event as never, { manager: m } as HandlerContext));
}
const dispatch = () => kit.app.get(NotificationDispatcher).dispatchNow();
const rows = async (orderId: string): Promise<Array<Record<string, unknown>>> =>
  (await kit.db.query(`SELECT "id", "recipient_role", "channel", "status", "template", "attempts", "recipient", "next_attempt_at", "provider", "critical", "body", "fallback_of", "last_error" FROM "notifications"."notifications" WHERE "order_id" = $1 AND "event_type" <> 'orders.order-placed' ORDER BY "seq"`, [orderId])) as Array<Record<string, unknown>>;
/** SMS a gateway delivered to `phone`, but the order-placed one. */
const smsTo = (g: FakeSmsGateway, phone: string) => g.delivered.filter((d) => (d.payload as { to?: string; text?: string }).to === phone && !/đã được đặt|has been placed/.test(String((d.payload as { text?: string }).text)));
/** Emails to `address`, but the order-placed one. */
const mailTo = (address: string) => smtp.messages.filter((m) => m.envelope.to.includes(address) && !/đã được đặt|has been placed/.test(m.parsed.subject ?? ''));
/** A fresh email address (recipients' preferences outlive a run in the shared test database). */
const freshEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.com`;
/** `HH:mm dd/MM/yyyy` in Asia/Ho_Chi_Minh, as the templates print times. */
function vnTime(at: Date): string {
  const d = new Date(at.getTime() + 7 * HOUR).toISOString();
  return `${d.slice(11, 16)} ${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

describe('buyers hear of every milestone', () => {
  it('an SMS per milestone with the order code, the amount and the portal, once however often the event is redelivered', async () => {
    const o = await order();
    const funded = await apply('escrow.escrow-funded', { orderId: o.orderId, heldAmount: 1_235_000, source: 'PREPAID' });
    await again(funded);
    await again(funded);
    await dispatch();
    const sent = smsTo(primary, o.phone);
    expect(sent).toHaveLength(1);
    expect((sent[0].payload as { text: string }).text).toContain(o.code);
    expect((sent[0].payload as { text: string }).text).toContain('1.235.000 ₫');
    expect((sent[0].payload as { text: string }).text).toContain('https://trustcircle.vn');
    const [row] = await rows(o.orderId);
    expect(row).toMatchObject({ channel: 'SMS', status: 'SENT', template: 'escrow-funded@1', attempts: 1, provider: 'sms-http', critical: false });
    const sentEvents = await kit.eventData(o.orderId, 'notifications.notification-sent');
    expect(sentEvents.map((e) => e.sourceEventType)).toEqual(['orders.order-placed', 'escrow.escrow-funded']);
    expect(sentEvents[1]).toMatchObject({ sourceEventId: funded.id, channel: 'SMS', provider: 'sms-http', template: 'escrow-funded@1', recipientMasked: expect.stringMatching(/^\+8490\*+\d{3}$/), attempt: 1, smsSegments: expect.any(Number) });
    expect(JSON.stringify(sentEvents)).not.toContain(o.phone);
  });

  it('email too where the buyer gave one: SMTP delivery with Vietnamese intact', async () => {
    const o = await order({ email: 'hoa.nguyen@example.com' });
    await apply('escrow.inspection-started', { orderId: o.orderId, endsAt: new Date(kit.now().getTime() + 72 * HOUR).toISOString() });
    await dispatch();
    const mail = mailTo('hoa.nguyen@example.com');
    expect(mail).toHaveLength(1);
    expect(mail[0].parsed.subject).toBe(`Đơn hàng ${o.code} đã giao thành công`);
    expect(mail[0].parsed.text).toContain(o.code);
    expect((await rows(o.orderId)).map((r) => [r.channel, r.status])).toEqual([
      ['SMS', 'SENT'],
      ['EMAIL', 'SENT'],
    ]);
  });
});

describe('cash on delivery', () => {
  it('asks a COD buyer owed a refund for an account by SMS with the amount and the portal link; remittances and mismatches reach the marketplace’s webhooks only', async () => {
    const endpoint = await createEndpoint(kit, shop, { url: `${receiver.url}/cod`, events: ['escrow.cod-collection-mismatch', 'escrow.cod-remitted', 'escrow.refund-destination-required'] });
    receiver.setSecrets([endpoint.secret]);
    const o = await order();
    await apply('escrow.cod-collection-mismatch', { orderId: o.orderId, expectedAmount: 1_235_000, collectedAmount: 1_200_000 });
    await apply('escrow.cod-remitted', { orderId: o.orderId, amount: 1_200_000 });
    const required = await apply('escrow.refund-destination-required', { orderId: o.orderId, amount: 400_000 });
    await again(required);
    await dispatch();

    const sent = smsTo(primary, o.phone);
    expect(sent.map((d) => (d.payload as { text: string }).text)).toEqual([
      `TrustCircle: Đơn ${o.code} được hoàn 400.000 ₫. Nhập tài khoản ngân hàng hoặc ví để nhận tiền: https://trustcircle.vn/tra-cuu`,
    ]);
    expect((await rows(o.orderId)).map((r) => [r.channel, r.template, r.status, r.critical])).toEqual([
      ['WEBHOOK', 'webhook.escrow.cod-collection-mismatch@1', 'SENT', false],
      ['WEBHOOK', 'webhook.escrow.cod-remitted@1', 'SENT', false],
      ['SMS', 'refund-destination-required@1', 'SENT', false],
      ['WEBHOOK', 'webhook.escrow.refund-destination-required@1', 'SENT', false],
    ]);
    const hooks = receiver.received.filter((w) => (JSON.parse(w.request.body) as { data: { orderId: string } }).data.orderId === o.orderId);
    expect(hooks.map((w) => [w.eventType, w.request.answeredWith, w.verified])).toEqual([
      ['escrow.cod-collection-mismatch', 204, true],
      ['escrow.cod-remitted', 204, true],
      ['escrow.refund-destination-required', 204, true],
    ]);
    expect(JSON.parse(hooks[2].request.body)).toMatchObject({ type: 'escrow.refund-destination-required', data: { orderId: o.orderId, amount: 400_000 } });
  });
});

describe('retries, failover and fallback', () => {
  it('fails over to the secondary gateway when the primary fails, recording both attempts', async () => {
    const o = await order();
    primary.failAll(503);
    await apply('escrow.escrow-refunded', { orderId: o.orderId, amount: 1_235_000 });
    await dispatch();
    expect(smsTo(secondary, o.phone)).toHaveLength(1);
    const [row] = await rows(o.orderId);
    expect(row).toMatchObject({ status: 'SENT', provider: 'sms-http-secondary', attempts: 2 });
    const attempts = (await kit.db.query(`SELECT "provider", "outcome", "status_code" FROM "notifications"."notification_attempts" WHERE "notification_id" = $1 ORDER BY "attempt"`, [row.id])) as unknown[];
    expect(attempts).toEqual([
      { provider: 'sms-http', outcome: 'FAILED', status_code: 503 },
      { provider: 'sms-http-secondary', outcome: 'SENT', status_code: 200 },
    ]);
  });

  it('retries on the schedule while both gateways fail, then delivers; after the schedule it fails for good, and the email planned beside it is the buyer’s fallback: nothing is added', async () => {
    const o = await order();
    primary.failAll(503);
    secondary.failAll(502);
    await apply('escrow.escrow-released', { orderId: o.orderId, amount: 1_235_000 });
    await dispatch();
    let [row] = await rows(o.orderId);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(Date.parse(String(row.next_attempt_at)) - kit.now().getTime()).toBeGreaterThan(55_000);
    await dispatch();
    expect((await rows(o.orderId))[0].attempts).toBe(2); // not due yet
    primary.recover();
    await kit.advance(61_000);
    await dispatch();
    [row] = await rows(o.orderId);
    expect(row).toMatchObject({ status: 'SENT', attempts: 3, provider: 'sms-http' });

    // "Email too where given": the buyer's email went beside the SMS at once; the SMS failing for good adds no second one.
    const email = freshEmail('late');
    const o2 = await order({ email });
    primary.failAll(503);
    secondary.failAll(503);
    await apply('escrow.escrow-refunded', { orderId: o2.orderId, amount: 500_000 });
    await dispatch();
    expect(mailTo(email)).toHaveLength(1); // before the SMS failed
    await kit.advance(61_000);
    await dispatch();
    await kit.advance(121_000);
    await dispatch();
    const all = await rows(o2.orderId);
    expect(all.map((r) => [r.channel, r.status, r.fallback_of])).toEqual([
      ['SMS', 'FAILED', null],
      ['EMAIL', 'SENT', null],
    ]);
    expect(all[0]).toMatchObject({ attempts: 6 });
    expect(mailTo(email)).toHaveLength(1);
    const failed = await kit.eventData(o2.orderId, 'notifications.notification-failed');
    expect(failed.map((f) => f.final)).toEqual([false, false, true]);
  });

  it('keeps an email the buyer muted muted, even once the SMS failed for good (a refusal: at once): a mute is the buyer’s choice', async () => {
    const email = freshEmail('muted');
    const o = await order({ email });
    await kit.tx((m) => m.save(RecipientPreferenceRecord, [o.phone, email].map((recipient) => ({ recipient, language: 'vi' as const, mutedChannels: ['EMAIL'], updatedAt: kit.now() }))));
    primary.failAll(400); // a refusal that will not change: no retry, and no failover (a bad number is bad at the secondary too)
    const endsAt = new Date(kit.now().getTime() + 72 * HOUR);
    const delivered = await apply('escrow.inspection-started', { orderId: o.orderId, endsAt: endsAt.toISOString() });
    await again(delivered);
    await dispatch();

    const [sms, mail] = await rows(o.orderId);
    expect(sms).toMatchObject({ channel: 'SMS', status: 'FAILED', attempts: 1, provider: 'sms-http', last_error: 'HTTP 400', critical: false });
    expect(mail).toMatchObject({ channel: 'EMAIL', status: 'CANCELLED', recipient: email, template: 'delivered@1', fallback_of: null });
    expect(await rows(o.orderId)).toHaveLength(2);
    expect(smsTo(secondary, o.phone)).toEqual([]);
    expect(mailTo(email)).toEqual([]);
    expect((await kit.eventData(o.orderId, 'notifications.notification-sent')).filter((e) => e.sourceEventId === delivered.id)).toEqual([]);
  });

  it('never falls back to email for a one-time code, even to a buyer who gave one: the code is in clear only in the SMS', async () => {
    const email = freshEmail('otp');
    const o = await order({ email });
    primary.failAll(400);
    const otp = String(randomInt(100_000, 1_000_000));
    const sealed = kit.app.get(PlatformKeyring).seal(otp, o.orderId); // as orders seals it (AAD = the order id)
    const requested = kit.event('orders.buyer-otp-requested', {
      orderId: o.orderId,
      code: o.code,
      phone: o.phone,
      encryptedCode: sealed.ciphertext,
      otpKeyId: sealed.keyId,
      requestedAt: kit.now().toISOString(),
      expiresAt: new Date(kit.now().getTime() + 5 * 60_000).toISOString(),
    });
    await kit.tx((m) => kit.app.get(SendBuyerOtpOnRequested).handle(requested, { manager: m } as HandlerContext));
    await dispatch();

    const ofCode = (await kit.db.query(`SELECT "channel", "status", "template", "last_error" FROM "notifications"."notifications" WHERE "event_id" = $1`, [requested.id])) as unknown[];
    expect(ofCode).toEqual([{ channel: 'SMS', status: 'FAILED', template: 'buyer-otp@1', last_error: 'HTTP 400' }]);
    expect(mailTo(email)).toEqual([]);
    expect(smtp.messages.filter((m) => m.raw.includes(otp))).toEqual([]);
  });
});

describe('quiet hours, mutes and the critical bypass', () => {
  it('a non-critical SMS at 23:00 in Vietnam waits for 07:00; a refund (critical) goes at once; a muted channel is skipped unless critical', async () => {
    await kit.advance(untilVnHour(23));
    const o = await order();
    await apply('escrow.escrow-funded', { orderId: o.orderId, heldAmount: 1_235_000, source: 'PREPAID' });
    await apply('escrow.escrow-refunded', { orderId: o.orderId, amount: 1_235_000 });
    await dispatch();
    const [funded, refunded] = await rows(o.orderId);
    expect(refunded).toMatchObject({ status: 'SENT', critical: true });
    expect(funded).toMatchObject({ status: 'PENDING', critical: false });
    const due = new Date(String(funded.next_attempt_at));
    expect(new Date(due.getTime() + 7 * HOUR).toISOString().slice(11, 19)).toBe('07:00:00');

    const muted = await order();
    await kit.tx((m) => m.save(RecipientPreferenceRecord, { recipient: muted.phone, language: 'en', mutedChannels: ['SMS'], updatedAt: kit.now() }));
    await apply('escrow.escrow-funded', { orderId: muted.orderId, heldAmount: 1_235_000, source: 'PREPAID' });
    await apply('escrow.escrow-released', { orderId: muted.orderId, amount: 1_235_000 });
    await dispatch();
    const [skipped, released] = await rows(muted.orderId);
    expect(skipped).toMatchObject({ status: 'CANCELLED' });
    expect(released).toMatchObject({ status: 'SENT', template: 'released@1' });
  });
});

describe('quiet hours for a COD refund’s account request', () => {
  it('is not critical: at 23:00 in Vietnam it waits for 07:00, then goes', async () => {
    if (new Date(kit.now().getTime() + 7 * HOUR).getUTCHours() !== 23) await kit.advance(untilVnHour(23));
    const o = await order();
    await apply('escrow.refund-destination-required', { orderId: o.orderId, amount: 1_235_000 });
    await dispatch();
    const [row] = await rows(o.orderId);
    expect(row).toMatchObject({ channel: 'SMS', template: 'refund-destination-required@1', status: 'PENDING', critical: false });
    const due = new Date(String(row.next_attempt_at));
    expect(new Date(due.getTime() + 7 * HOUR).toISOString().slice(11, 19)).toBe('07:00:00');
    expect(smsTo(primary, o.phone)).toEqual([]);
    await kit.advance(due.getTime() - kit.now().getTime());
    await dispatch();
    expect(smsTo(primary, o.phone).map((d) => (d.payload as { text: string }).text)).toEqual([
      `TrustCircle: Đơn ${o.code} được hoàn 1.235.000 ₫. Nhập tài khoản ngân hàng hoặc ví để nhận tiền: https://trustcircle.vn/tra-cuu`,
    ]);
  });
});

describe('webhooks', () => {
  it('are signed (Standard Webhooks) and arrive in order per order even when the first is retried', async () => {
    const endpoint = await createEndpoint(kit, shop, { url: `${receiver.url}/hooks`, events: ['escrow.escrow-funded', 'escrow.escrow-released'] });
    receiver.setSecrets([endpoint.secret]);
    const o = await order();
    receiver.failNext(1, { status: 500 });
    await apply('escrow.escrow-funded', { orderId: o.orderId, heldAmount: 1_235_000, source: 'PREPAID' });
    await apply('escrow.escrow-released', { orderId: o.orderId, amount: 1_235_000 });
    const ofOrder = () => receiver.received.filter((w) => (JSON.parse(w.request.body) as { data: { orderId: string } }).data.orderId === o.orderId);
    await dispatch();
    expect(ofOrder().map((w) => [w.eventType, w.request.answeredWith])).toEqual([['escrow.escrow-funded', 500]]);
    await kit.advance(61_000);
    await dispatch();
    expect(ofOrder().map((w) => [w.eventType, w.request.answeredWith, w.verified])).toEqual([
      ['escrow.escrow-funded', 500, true],
      ['escrow.escrow-funded', 204, true],
      ['escrow.escrow-released', 204, true],
    ]);
    expect(JSON.parse(ofOrder()[1].request.body)).toMatchObject({ type: 'escrow.escrow-funded', data: { orderId: o.orderId, heldAmount: 1_235_000 } });
  });
});

describe('a message that cannot be rendered', () => {
  it('fails that message alone (stored FAILED with the reason), never the event: its webhook still goes', async () => {
    const endpoint = await createEndpoint(kit, shop, { url: `${receiver.url}/render`, events: ['disputes.merchant-responded'] });
    receiver.setSecrets([endpoint.secret]);
    const o = await order();
    // The contract allows a REJECT without the buyer's deadline; the buyer's template needs it.
    await apply('disputes.merchant-responded', { orderId: o.orderId, action: 'REJECT', amount: null, buyerDueAt: null });
    await dispatch();
    const all = await rows(o.orderId);
    expect(all.map((r) => [r.channel, r.status])).toEqual([
      ['SMS', 'FAILED'],
      ['WEBHOOK', 'SENT'],
    ]);
    expect(String((await kit.db.query(`SELECT "last_error" FROM "notifications"."notifications" WHERE "id" = $1`, [all[0].id]))[0].last_error)).toContain('buyerDueAt');
  });
});

describe('the seller', () => {
  it('is emailed the payout (escrow.escrow-paid-out) into the SMTP server: amount, time and the transfer’s reference, once however often it is redelivered; the buyer hears nothing of it', async () => {
    const seller = freshEmail('seller');
    const buyer = freshEmail('buyer');
    const o = await order({ email: buyer }, { email: seller });
    const paidOutAt = new Date(kit.now().getTime() - 5 * 60_000);
    const paid = await apply('escrow.escrow-paid-out', { orderId: o.orderId, amount: 1_210_300, partnerReference: 'FT25066123456', paidOutAt: paidOutAt.toISOString() });
    await again(paid);
    await dispatch();

    expect((await rows(o.orderId)).map((r) => [r.recipient_role, r.channel, r.recipient, r.template, r.status])).toEqual([['SELLER', 'EMAIL', seller, 'marketplace-paid-out@1', 'SENT']]);
    const mails = smtp.messages.filter((m) => m.envelope.to.includes(seller));
    expect(mails.map((m) => m.parsed.subject)).toEqual([`Đơn hàng ${o.code}: đã chi trả cho người bán`]);
    expect(mails[0].parsed.text).toContain(`Đối tác thanh toán đã chi trả 1.210.300 ₫ cho người bán của đơn hàng ${o.code} lúc ${vnTime(paidOutAt)} (giờ Việt Nam), mã giao dịch FT25066123456.`);
    expect(mails[0].envelope.from).toBe('no-reply@trustcircle.vn');
    expect(mailTo(buyer)).toEqual([]);
    expect(smsTo(primary, o.phone)).toEqual([]);
  });
});

describe('the audit log', () => {
  it('shows every attempt with the provider’s answer and latency, recipients masked; a marketplace sees only its own orders', async () => {
    const o = await order();
    primary.failNext(1, { status: 503 });
    await apply('escrow.escrow-refunded', { orderId: o.orderId, amount: 100_000 });
    await dispatch();
    const res = await kit.get(`/v1/notifications?orderId=${o.orderId}`, kit.operatorToken('viewer'));
    expect(res.status).toBe(200);
    const items = res.body.items as Array<Record<string, unknown>>;
    expect(items.map((i) => i.eventType)).toEqual(['escrow.escrow-refunded', 'orders.order-placed']);
    const [item] = items;
    expect(item).toMatchObject({ channel: 'SMS', status: 'SENT', template: 'refunded@1', critical: true, smsEncoding: 'UCS-2', recipientMasked: expect.stringMatching(/^\+8490\*+\d{3}$/) });
    expect((item.attempts as Array<Record<string, unknown>>).map((a) => [a.provider, a.outcome, a.statusCode])).toEqual([
      ['sms-http', 'FAILED', 503],
      ['sms-http-secondary', 'SENT', 200],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(o.phone);
    expect((await kit.get(`/v1/notifications?orderId=${o.orderId}`, shop.apiKey)).body.items).toHaveLength(2);
    const other = await kit.registerPartner('MARKETPLACE');
    expect((await kit.get(`/v1/notifications?orderId=${o.orderId}`, other.apiKey)).body.items).toEqual([]);
    expect((await kit.get('/v1/notifications', kit.operatorToken('viewer'))).status).toBe(400);
  });

  it('filters by recipient (in full, shown masked) and status; a marketplace sees its own orders’ messages only, another’s order or buyer answers an empty page', async () => {
    const email = freshEmail('audit');
    const o = await order({ email });
    primary.failAll(400);
    await apply('escrow.escrow-refunded', { orderId: o.orderId, amount: 100_000 });
    await dispatch();
    const viewer = kit.operatorToken('viewer');
    const list = async (query: string, bearer = viewer) => {
      const res = await kit.get(`/v1/notifications?${query}`, bearer);
      expect(res.status).toBe(200);
      return res.body.items as Array<Record<string, unknown>>;
    };
    const phone = encodeURIComponent(o.phone); // a bare "+" in a query string is a space
    const summary = (items: Array<Record<string, unknown>>) => items.map((i) => [i.eventType, i.channel, i.status, i.recipientMasked]);
    const maskedPhone = `${o.phone.slice(0, 5)}****${o.phone.slice(-3)}`;
    const maskedEmail = `a***@example.com`;

    const byPhone = await list(`recipient=${phone}`);
    expect(summary(byPhone)).toEqual([
      ['escrow.escrow-refunded', 'SMS', 'FAILED', maskedPhone],
      ['orders.order-placed', 'SMS', 'SENT', maskedPhone],
    ]);
    expect(byPhone[0]).toMatchObject({ orderId: o.orderId, lastError: 'HTTP 400', sentAt: null, latencyMs: null });
    expect((byPhone[0].attempts as Array<Record<string, unknown>>).map((a) => [a.provider, a.outcome, a.retryable, a.statusCode])).toEqual([['sms-http', 'FAILED', false, 400]]);
    expect(byPhone[1].latencyMs).toEqual(expect.any(Number));
    expect(byPhone[1].latencyMs as number).toBeGreaterThanOrEqual(0);
    expect(summary(await list(`recipient=${encodeURIComponent(email)}`))).toEqual([
      ['escrow.escrow-refunded', 'EMAIL', 'SENT', maskedEmail],
      ['orders.order-placed', 'EMAIL', 'SENT', maskedEmail],
    ]);
    expect(summary(await list(`recipient=${phone}&status=FAILED`))).toEqual([['escrow.escrow-refunded', 'SMS', 'FAILED', maskedPhone]]);
    expect(summary(await list(`recipient=${phone}&status=PENDING`))).toEqual([]);
    expect((await list(`orderId=${o.orderId}&status=SENT`)).map((i) => [i.eventType, i.channel])).toEqual([
      ['escrow.escrow-refunded', 'EMAIL'],
      ['orders.order-placed', 'EMAIL'],
      ['orders.order-placed', 'SMS'],
    ]);
    expect(summary(await list(`recipient=${encodeURIComponent('+84900000001')}`))).toEqual([]);
    expect(JSON.stringify(byPhone)).not.toContain(o.phone);

    // Tenancy: the order's marketplace sees the same; another marketplace gets an empty page, by order as by recipient.
    expect(await list(`recipient=${phone}&status=FAILED`, shop.apiKey)).toEqual(await list(`recipient=${phone}&status=FAILED`));
    const other = await kit.registerPartner('MARKETPLACE');
    for (const query of [`recipient=${phone}`, `recipient=${encodeURIComponent(email)}&status=SENT`, `orderId=${o.orderId}&status=FAILED`]) {
      expect(await kit.get(`/v1/notifications?${query}`, other.apiKey)).toEqual({ status: 200, body: { items: [], nextCursor: null } });
    }
    for (const kind of ['COURIER', 'PAYMENT_PARTNER'] as const) expect((await kit.get(`/v1/notifications?recipient=${phone}`, (await kit.registerPartner(kind)).apiKey)).status).toBe(403);

    // Validation: a status that does not exist, a recipient over 320 characters.
    for (const [query, field] of [[`recipient=${phone}&status=DONE`, 'status'], [`recipient=${'a'.repeat(321)}`, 'recipient']]) {
      const res = await kit.get(`/v1/notifications?${query}`, viewer);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(`"field":"${field}"`);
    }
  });
});
