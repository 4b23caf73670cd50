/**
 * Events consumed before their order's `orders.order-placed` (other topics, no order between them), on the real
 * PostgreSQL, Redis and Kafka against a local SMS gateway: kept whole in `early_events` (once, whatever is
 * redelivered), planned after the order-placed in arrival order by the clock of then (quiet hours hold), other
 * orders' early events untouched, and dropped by the dispatcher pass after 7 days.
 */
import { randomUUID } from 'node:crypto';
import type { EventOf, EventType, PayloadOf } from '@trustcircle/contracts';
import type { HandlerContext } from '@trustcircle/messaging';
import { FakeSmsGateway } from '../testing/fake-providers';
import { NotificationsTestKit, type TestPartner } from '../testing/notifications-test-kit';
import { NotifyOnEvents } from './api/notify-on-events.consumer';
import { NotificationDispatcher } from './application/dispatch/notification-dispatcher';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TOKEN = 'early-events-token';
let kit: NotificationsTestKit;
let gateway: FakeSmsGateway;
let shop: TestPartner;

beforeAll(async () => {
  gateway = await FakeSmsGateway.start({ token: TOKEN });
  kit = await NotificationsTestKit.start({
    SMS_PROVIDERS: 'sms-http',
    SMS_GATEWAY_URL: `${gateway.url}/sms`,
    SMS_GATEWAY_TOKEN: TOKEN,
    SMS_GATEWAY_TIMEOUT_MS: '2000',
    NOTIFICATION_RETRY_SCHEDULE_SECONDS: '0,60',
    NOTIFICATION_DISPATCH_INTERVAL_MS: '600000',
    PUBLIC_PORTAL_URL: 'https://trustcircle.vn',
  });
  shop = await kit.registerPartner('MARKETPLACE');
  await kit.advance(untilVnHour(10)); // daytime in Vietnam, whenever the suite runs
});

afterAll(async () => {
  await kit?.close();
  await gateway?.close();
});

/** How long until the clock next reads `hour`:00 in Asia/Ho_Chi_Minh (UTC+7). */
function untilVnHour(hour: number): number {
  const local = kit.now().getTime() + 7 * HOUR;
  const target = Math.floor(local / DAY) * DAY + hour * HOUR;
  return (target > local ? target : target + DAY) - local;
}

/** A new order's ids; notifications hears of it only when `placed()` is applied. */
function newOrder(): { orderId: string; code: string; phone: string; placed: () => Promise<EventOf<'orders.order-placed'>> } {
  const orderId = randomUUID();
  const code = `TC-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase();
  const phone = `+8491${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  const placed = () => apply('orders.order-placed', { orderId, code, marketplaceId: shop.id, buyer: { name: 'Nguyễn Thị Hoa', phone }, totalAmount: 1_235_000 });
  return { orderId, code, phone, placed };
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
const funded = (orderId: string) => apply('escrow.escrow-funded', { orderId, heldAmount: 1_235_000, source: 'PREPAID' });
const dispatch = () => kit.app.get(NotificationDispatcher).dispatchNow();
const early = async (orderId: string): Promise<Array<{ event_id: string; type: string }>> =>
  (await kit.db.query(`SELECT "event_id", "type" FROM "notifications"."early_events" WHERE "order_id" = $1 ORDER BY "seq"`, [orderId])) as Array<{ event_id: string; type: string }>;
const rows = async (orderId: string): Promise<Array<Record<string, unknown>>> =>
  (await kit.db.query(`SELECT "event_id", "event_type", "channel", "status", "template", "attempts", "next_attempt_at", "critical" FROM "notifications"."notifications" WHERE "order_id" = $1 ORDER BY "seq"`, [
    orderId,
  ])) as Array<Record<string, unknown>>;
const texts = (phone: string) => gateway.delivered.filter((d) => (d.payload as { to?: string }).to === phone).map((d) => String((d.payload as { text?: string }).text));

describe('an event consumed before its order-placed', () => {
  it('is kept once, then planned after the order-placed: the buyer gets both SMS once, order-placed first; the feed has both in order; another order’s early event is untouched', async () => {
    const o = newOrder();
    const other = newOrder();
    const fundedEvent = await funded(o.orderId);
    await again(fundedEvent); // redelivered while early
    await again(fundedEvent);
    const otherFunded = await funded(other.orderId);
    expect(await early(o.orderId)).toEqual([{ event_id: fundedEvent.id, type: 'escrow.escrow-funded' }]);
    expect(await rows(o.orderId)).toEqual([]);
    await dispatch();
    expect(texts(o.phone)).toEqual([]);

    const placed = await o.placed();
    expect(await early(o.orderId)).toEqual([]);
    expect(await early(other.orderId)).toEqual([{ event_id: otherFunded.id, type: 'escrow.escrow-funded' }]);
    expect((await rows(o.orderId)).map((r) => [r.event_id, r.template, r.channel, r.status])).toEqual([
      [placed.id, 'order-placed@1', 'SMS', 'PENDING'],
      [fundedEvent.id, 'escrow-funded@1', 'SMS', 'PENDING'],
    ]);

    await dispatch();
    await again(fundedEvent); // redelivered after its order is known: nothing new
    await dispatch();
    const sms = texts(o.phone);
    expect(sms).toHaveLength(2);
    expect(sms.filter((t) => /đã được đặt/.test(t))).toHaveLength(1);
    expect(sms.filter((t) => !/đã được đặt/.test(t))).toEqual([expect.stringContaining(o.code)]);
    expect((await rows(o.orderId)).map((r) => [r.template, r.status, r.attempts])).toEqual([
      ['order-placed@1', 'SENT', 1],
      ['escrow-funded@1', 'SENT', 1],
    ]);
    expect(texts(other.phone)).toEqual([]);
    expect(await rows(other.orderId)).toEqual([]);

    const feed = (await kit.get('/v1/events?limit=100', shop.apiKey)).body.items as Array<{ id: string; orderId: string }>;
    expect(feed.filter((i) => i.orderId === o.orderId).map((i) => i.id)).toEqual([placed.id, fundedEvent.id]);
    expect(feed.filter((i) => i.orderId === other.orderId)).toEqual([]);
  });

  it('is planned by the clock of the order-placed: a non-critical SMS placed at 23:00 in Vietnam waits for 07:00', async () => {
    await kit.advance(untilVnHour(21));
    const o = newOrder();
    await funded(o.orderId); // 21:00: would have gone at once
    await kit.advance(2 * HOUR); // 23:00
    await o.placed();
    await dispatch();
    const [placedRow, fundedRow] = await rows(o.orderId);
    expect(placedRow).toMatchObject({ template: 'order-placed@1', status: 'SENT', critical: true });
    expect(fundedRow).toMatchObject({ template: 'escrow-funded@1', status: 'PENDING', critical: false, attempts: 0 });
    const due = new Date(String(fundedRow.next_attempt_at));
    expect(new Date(due.getTime() + 7 * HOUR).toISOString().slice(11, 19)).toBe('07:00:00');
    expect(texts(o.phone)).toHaveLength(1);
  });
});

describe('an early event whose order never shows up', () => {
  it('is dropped by the dispatcher pass 7 days after it arrived, not before; a younger one stays', async () => {
    const stale = newOrder();
    const young = newOrder();
    await funded(stale.orderId);
    await kit.advance(DAY);
    const youngEvent = await funded(young.orderId);
    await kit.advance(6 * DAY - 60_000); // 1 minute short of 7 days for the first
    await dispatch();
    expect(await early(stale.orderId)).toHaveLength(1);
    await kit.advance(60_000); // exactly 7 days
    await dispatch();
    expect(await early(stale.orderId)).toEqual([]);
    expect(await early(young.orderId)).toEqual([{ event_id: youngEvent.id, type: 'escrow.escrow-funded' }]);

    await stale.placed(); // too late for the funded SMS: only the order-placed one
    expect((await rows(stale.orderId)).map((r) => r.template)).toEqual(['order-placed@1']);
  });
});
