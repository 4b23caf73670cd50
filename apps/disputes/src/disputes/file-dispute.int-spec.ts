/**
 * Filing a complaint against the real PostgreSQL, Redis and Kafka (an in-process disputes app): the order facts
 * the filing rule reads (applied through their use case in a transaction, as the consumers do), the filing window
 * and its 409s (a cash-on-delivery order from its delivery), one open dispute per order, buyer-token access, validation, and the events recorded.
 */
import { randomUUID } from 'node:crypto';
import { DisputesTestKit, type SeededOrder } from '../testing/disputes-test-kit';
import { RecordOrderFactsUseCase } from './application/record-order-facts/record-order-facts.use-case';
import { toVnLocalIso } from '@trustcircle/kernel';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let kit: DisputesTestKit;

beforeAll(async () => {
  kit = await DisputesTestKit.start();
});

afterAll(async () => {
  await kit?.close();
});

const ago = (ms: number): Date => new Date(kit.now().getTime() - ms);
const later = (ms: number): Date => new Date(kit.now().getTime() + ms);
const body = (order: SeededOrder, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  orderCode: order.code,
  reason: 'DAMAGED',
  description: 'The screen arrived cracked.',
  requestedOutcome: 'REFUND_FULL',
  ...extra,
});
/** Files with the order's own buyer token, another token, or none (`null`). */
const file = (order: SeededOrder, extra: Record<string, unknown> = {}, token: string | null = kit.buyerToken(order)) =>
  kit.call('POST', '/v1/public/disputes', token ?? undefined, body(order, extra));
/** When the dispute was opened (the app's clock moves on with real time). */
const openedAt = async (orderId: string): Promise<number> => Date.parse(String((await kit.eventData(orderId, 'disputes.dispute-opened'))[0].openedAt));
const disputesOf = async (orderId: string): Promise<number> =>
  Number(((await kit.db.query(`SELECT count(*) AS n FROM "disputes"."disputes" WHERE "order_id" = $1`, [orderId])) as Array<{ n: string }>)[0].n);
const inInspection = (): Promise<SeededOrder> => kit.seedOrderFacts({ fundedAt: ago(3 * DAY), inspectionEndsAt: later(2 * DAY) });

describe('POST /v1/public/disputes', () => {
  it('files a complaint: 201 AWAITING_MERCHANT with the merchant deadline in UTC and Vietnam time, opened and hold requested in the outbox', async () => {
    const order = await inInspection();
    const res = await file(order);
    expect(res.status).toBe(201);
    const opened = await openedAt(order.orderId);
    const due = new Date(opened + 48 * HOUR);
    expect(res.body).toEqual({
      disputeId: expect.any(String),
      state: 'AWAITING_MERCHANT',
      merchantResponseDueAt: due.toISOString(),
      merchantResponseDueAtLocal: toVnLocalIso(due),
    });
    expect(String(res.body.merchantResponseDueAtLocal)).toMatch(/\+07:00$/);
    expect(await kit.eventTypes(order.orderId)).toEqual(['disputes.dispute-opened', 'disputes.hold-requested']);
    expect((await kit.eventData(order.orderId, 'disputes.dispute-opened'))[0]).toEqual({
      orderId: order.orderId,
      disputeId: res.body.disputeId,
      marketplaceId: order.marketplaceId,
      sellerId: order.sellerId,
      reason: 'DAMAGED',
      requestedOutcome: 'REFUND_FULL',
      requestedAmount: null,
      vulnerable: false,
      vulnerableCategory: null,
      evidenceCount: 0,
      merchantResponseDueAt: due.toISOString(),
      openedAt: new Date(opened).toISOString(),
    });
    expect((await kit.eventData(order.orderId, 'disputes.hold-requested'))[0]).toEqual({ orderId: order.orderId, disputeId: res.body.disputeId, requestedAt: new Date(opened).toISOString() });
  });

  it('keeps one open complaint per order: a second answers 409 and stores nothing', async () => {
    const order = await inInspection();
    const first = await file(order);
    const second = await file(order, { reason: 'WRONG_ITEM' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ type: expect.stringContaining('dispute-already-open'), disputeId: first.body.disputeId });
    expect(await disputesOf(order.orderId)).toBe(1);
    expect(await kit.eventTypes(order.orderId)).toHaveLength(2);
  });

  it('may file again after a withdrawal, never after a decided complaint (409 dispute-already-decided)', async () => {
    const shop = await kit.registerPartner('MARKETPLACE');
    const order = await kit.seedOrderFacts({ marketplaceId: shop.id, fundedAt: ago(3 * DAY), inspectionEndsAt: later(2 * DAY) });
    const first = await kit.fileDispute(order);
    expect((await kit.call('POST', `/v1/public/disputes/${first}/withdraw`, kit.buyerToken(order), {})).status).toBe(200);
    const second = await kit.fileDispute(order);
    expect((await kit.call('POST', `/v1/disputes/${second}/responses`, shop.apiKey, { action: 'ACCEPT', message: 'Refunded.' })).status).toBe(200);
    const third = await file(order);
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ type: expect.stringContaining('dispute-already-decided'), disputeId: second });
    expect(await disputesOf(order.orderId)).toBe(2);
  });

  it('files a partial refund with its amount, and halves the merchant deadline for a vulnerable consumer', async () => {
    const order = await inInspection();
    const res = await file(order, { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 300_000, vulnerable: { category: 'ELDERLY' } });
    expect(res.status).toBe(201);
    expect(res.body.merchantResponseDueAt).toBe(new Date((await openedAt(order.orderId)) + 24 * HOUR).toISOString());
    expect((await kit.eventData(order.orderId, 'disputes.dispute-opened'))[0]).toMatchObject({ requestedAmount: 300_000, vulnerable: true, vulnerableCategory: 'ELDERLY' });
  });

  it('refuses after the inspection window ended: 409 naming the deadline and its time', async () => {
    const ended = ago(60_000);
    const order = await kit.seedOrderFacts({ fundedAt: ago(5 * DAY), inspectionEndsAt: ended });
    const res = await file(order);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: expect.stringContaining('filing-window-closed'), deadline: 'INSPECTION_WINDOW_END', passedAt: ended.toISOString(), passedAtLocal: toVnLocalIso(ended) });
    expect(await disputesOf(order.orderId)).toBe(0);
  });

  it('refuses once the buyer confirmed receipt, even inside the inspection window (409 RECEIPT_CONFIRMED)', async () => {
    const confirmed = ago(HOUR);
    const order = await kit.seedOrderFacts({ fundedAt: ago(3 * DAY), inspectionEndsAt: later(DAY), receiptConfirmedAt: confirmed });
    const res = await file(order, { reason: 'NOT_RECEIVED' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: expect.stringContaining('filing-window-closed'), deadline: 'RECEIPT_CONFIRMED', passedAt: confirmed.toISOString() });
  });

  it('refuses an order not paid yet (409 order-not-paid)', async () => {
    const order = await kit.seedOrderFacts();
    const res = await file(order);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: expect.stringContaining('order-not-paid'), deadline: 'PAYMENT', passedAt: null, detail: 'A complaint can be filed once the order is paid.' });
  });

  it('refuses a cash-on-delivery order before its delivery, whatever the reason (409 order-not-paid naming payment at the door), and stores nothing', async () => {
    const order = await kit.seedOrderFacts({ paymentMethod: 'COD', expectedDeliveryAt: ago(9 * DAY) });
    for (const reason of ['DAMAGED', 'NOT_RECEIVED']) {
      const res = await file(order, { reason });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        type: expect.stringContaining('order-not-paid'),
        deadline: 'PAYMENT',
        passedAt: null,
        detail: 'A cash-on-delivery order is paid to the courier at delivery: a complaint can be filed once it is delivered.',
      });
    }
    expect(await disputesOf(order.orderId)).toBe(0);
    expect(await kit.eventTypes(order.orderId)).toEqual([]);
  });

  it('files about a cash-on-delivery order from its delivery, before any remittance, until its inspection window ends', async () => {
    const order = await kit.seedOrderFacts({ paymentMethod: 'COD', deliveredAt: ago(HOUR), inspectionEndsAt: later(2 * DAY) });
    const res = await file(order);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'AWAITING_MERCHANT' });
    expect(await kit.eventTypes(order.orderId)).toEqual(['disputes.dispute-opened', 'disputes.hold-requested']);

    const ended = ago(60_000);
    const late = await kit.seedOrderFacts({ paymentMethod: 'COD', deliveredAt: ago(3 * DAY), inspectionEndsAt: ended });
    const refused = await file(late);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: expect.stringContaining('filing-window-closed'), deadline: 'INSPECTION_WINDOW_END', passedAt: ended.toISOString() });
  });

  it('allows NOT_RECEIVED until 7 days after the expected delivery, also past the inspection window, and no longer', async () => {
    const inTime = await kit.seedOrderFacts({ fundedAt: ago(10 * DAY), expectedDeliveryAt: ago(6 * DAY), inspectionEndsAt: ago(DAY) });
    expect((await file(inTime, { reason: 'DAMAGED' })).body).toMatchObject({ deadline: 'INSPECTION_WINDOW_END' });
    expect((await file(inTime, { reason: 'NOT_RECEIVED' })).status).toBe(201);

    const expected = ago(8 * DAY);
    const late = await kit.seedOrderFacts({ fundedAt: ago(10 * DAY), expectedDeliveryAt: expected });
    const res = await file(late, { reason: 'NOT_RECEIVED' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ deadline: 'NOT_RECEIVED_WINDOW_END', passedAt: new Date(expected.getTime() + 7 * DAY).toISOString() });
  });

  it('answers 401 without a buyer token and 404 with another order’s token, storing nothing', async () => {
    const order = await inInspection();
    const other = await inInspection();
    expect((await file(order, {}, null)).status).toBe(401);
    const wrong = await file(order, {}, kit.buyerToken(other));
    expect(wrong.status).toBe(404);
    expect(wrong.body).toMatchObject({ type: expect.stringContaining('order-not-found') });
    expect(await disputesOf(order.orderId)).toBe(0);
    expect(await disputesOf(other.orderId)).toBe(0);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['no reason', 'reason', { reason: undefined }],
    ['an unknown reason', 'reason', { reason: 'BORED' }],
    ['an empty description', 'description', { description: '' }],
    ['a description over 5000 characters', 'description', { description: 'x'.repeat(5001) }],
    ['no outcome', 'requestedOutcome', { requestedOutcome: undefined }],
    ['an unknown outcome', 'requestedOutcome', { requestedOutcome: 'RELEASE_TO_SELLER' }],
    ['a fractional amount', 'requestedAmount', { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 10.5 }],
    ['a partial refund without an amount', 'requestedAmount', { requestedOutcome: 'REFUND_PARTIAL' }],
    ['a partial refund of 0', 'requestedAmount', { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 0 }],
    ['a partial refund of the whole total', 'requestedAmount', { requestedOutcome: 'REFUND_PARTIAL', requestedAmount: 1_250_000 }],
    ['an amount with a full refund', 'requestedAmount', { requestedAmount: 1000 }],
    ['an unknown vulnerable category', 'vulnerable.category', { vulnerable: { category: 'TIRED' } }],
    ['no order code', 'orderCode', { orderCode: undefined }],
  ])('answers 400 for %s, naming %s, and stores nothing', async (_name, field, extra) => {
    const order = await inInspection();
    const res = await file(order, extra);
    expect(res.status).toBe(400);
    expect(res.body.type).toEqual(expect.stringContaining('validation-error'));
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    expect(await disputesOf(order.orderId)).toBe(0);
    expect(await kit.eventTypes(order.orderId)).toEqual([]);
  });
});

describe('order facts from events', () => {
  const factsOf = async (orderId: string): Promise<Record<string, unknown> | undefined> =>
    ((await kit.db.query(`SELECT * FROM "disputes"."order_facts" WHERE "order_id" = $1`, [orderId])) as Array<Record<string, unknown>>)[0];

  it('upserts each event’s columns in any order, ignores RETURN shipments and other inspection ends, and a replay changes nothing', async () => {
    const facts = kit.app.get(RecordOrderFactsUseCase);
    const order = await kit.seedOrderFacts();
    const orderId = order.orderId;
    const [fundedAt, expectedAt] = [ago(HOUR), later(2 * DAY)];
    const funded = kit.event('escrow.escrow-funded', { orderId, fundedAt: fundedAt.toISOString() });
    const outbound = kit.event('delivery.shipment-registered', { orderId, direction: 'OUTBOUND', expectedDeliveryAt: expectedAt.toISOString() });
    const ret = kit.event('delivery.shipment-registered', { orderId, direction: 'RETURN', expectedDeliveryAt: later(9 * DAY).toISOString() });
    const elapsed = kit.event('escrow.inspection-ended', { orderId, reason: 'WINDOW_ELAPSED', endedAt: later(DAY).toISOString() });
    const early = kit.event('escrow.escrow-funded', { orderId: randomUUID(), fundedAt: fundedAt.toISOString() });
    await kit.tx(async (m) => {
      for (const e of [funded, outbound, ret, elapsed, funded, early]) await facts.execute(m, e);
    });
    expect(await factsOf(orderId)).toMatchObject({
      order_code: order.code,
      marketplace_id: order.marketplaceId,
      seller_id: order.sellerId,
      total_amount: '1250000',
      payment_method: expect.any(String),
      funded_at: fundedAt,
      expected_delivery_at: expectedAt,
      receipt_confirmed_at: null,
      inspection_ends_at: null,
    });
    expect(await factsOf(early.data.orderId)).toMatchObject({ order_code: null, funded_at: fundedAt });
  });
});
