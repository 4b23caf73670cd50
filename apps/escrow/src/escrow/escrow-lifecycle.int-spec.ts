/**
 * The escrow lifecycle against the real PostgreSQL, Redis and Kafka (an in-process escrow app): inspection
 * windows and release, early confirmation of receipt, ship-by, holds and dispute outcomes, failed, returned and
 * lost parcels, cancellations, funding expiry and overpayment. Events reach the app through its Kafka consumers
 * where the wiring matters, and through the use cases otherwise; time moves with the app's clock.
 */
import { deriveBuyerTokenKeys, signBuyerToken } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import { EVENT_CATALOGUE, type EventOf, type EventType } from '@trustcircle/contracts';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { EscrowTestKit, type OpenedEscrow, type TestPartner } from '../testing/escrow-test-kit';
import { ApplyDisputeOutcomeUseCase } from './application/apply-dispute-outcome/apply-dispute-outcome.use-case';
import { CancelEscrowUseCase } from './application/cancel-escrow/cancel-escrow.use-case';
import { LiftHoldUseCase } from './application/lift-hold/lift-hold.use-case';
import { PlaceHoldUseCase } from './application/place-hold/place-hold.use-case';
import { RecordShipmentFactUseCase, type ShipmentFact } from './application/record-shipment-fact/record-shipment-fact.use-case';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const env = { ...process.env } as Record<string, string>;
let kit: EscrowTestKit;
let producer: Producer;
let marketplace: TestPartner;
let partner: TestPartner;

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
  producer = new Kafka({ clientId: 'escrow-lifecycle-int-spec', brokers: env.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING }).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await kit?.close();
});

/** A funded escrow (1,000,000 VND, 2% fee, 3 inspection days, 5 ship-by days). */
async function funded(): Promise<OpenedEscrow> {
  const opened = await kit.openEscrow(marketplace.id, {}, { withPayoutAccount: true });
  const res = await kit.pay(partner, { orderId: opened.orderId });
  expect(res.body).toMatchObject({ escrowState: 'FUNDED' });
  return opened;
}

function fact<T extends ShipmentFact['type']>(type: T, orderId: string, data: Partial<EventOf<T>['data']> = {}): EventOf<T> {
  return kit.event(type, { orderId, direction: 'OUTBOUND', ...data } as Partial<EventOf<T>['data']>);
}

async function apply(event: ShipmentFact): Promise<void> {
  await kit.db.transaction((m) => kit.app.get(RecordShipmentFactUseCase).execute(m, event));
}

async function delivered(orderId: string): Promise<void> {
  await apply(fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }));
  await apply(fact('delivery.shipment-delivered', orderId, { deliveredAt: kit.now().toISOString() }));
}

/** Publishes events on their topics and waits until the escrow consumer has taken each (its inbox). */
async function publish(...events: Array<EventOf<EventType>>): Promise<void> {
  for (const e of events) await producer.send({ topic: EVENT_CATALOGUE[e.type].topic, messages: [{ key: e.key, value: JSON.stringify(e) }] });
  for (const e of events) {
    await waitFor(async () => ((await kit.db.query(`SELECT 1 FROM "escrow"."inbox" WHERE "event_id" = $1`, [e.id])) as unknown[]).length === 1, { what: `escrow to consume ${e.type}` });
  }
}

async function ledgerOf(orderId: string): Promise<Record<string, bigint>> {
  const escrow = await kit.escrow(orderId);
  const rows = (await kit.db.query(
    `SELECT "type", ("posted_credits" - "posted_debits")::text AS "credit" FROM "escrow"."ledger_accounts" WHERE "escrow_id" = $1`,
    [escrow.id],
  )) as Array<{ type: string; credit: string }>;
  return Object.fromEntries(rows.map((r) => [r.type, BigInt(r.credit)]));
}

describe('inspection window and release', () => {
  it('opens the window on the outbound delivery (via Kafka) and releases when it elapses: fee 2%, payout issued', async () => {
    const { orderId } = await funded();
    const scan = fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() });
    const drop = fact('delivery.shipment-delivered', orderId, { deliveredAt: kit.now().toISOString() });
    await publish(scan, drop);
    const escrow = await kit.escrow(orderId);
    expect(escrow.state).toBe('IN_INSPECTION');
    expect(escrow.inspectionEndsAt?.getTime()).toBe(new Date(drop.data.deliveredAt).getTime() + 3 * DAY);

    await kit.advance(3 * DAY + 1000);
    expect((await kit.escrow(orderId)).state).toBe('RELEASED');
    expect(await ledgerOf(orderId)).toMatchObject({ HELD_FUNDS: 0n, SELLER_PAYABLE: 980_000n });
    const events = await kit.events(orderId);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['escrow.inspection-started', 'escrow.inspection-ended', 'escrow.escrow-released', 'escrow.payout-instruction-issued']),
    );
    expect(events.find((e) => e.type === 'escrow.inspection-ended')?.data).toMatchObject({ reason: 'WINDOW_ELAPSED' });
    expect(events.find((e) => e.type === 'escrow.escrow-released')?.data).toMatchObject({ amount: 1_000_000, feeAmount: 20_000, sellerAmount: 980_000, feeBps: 200, reason: 'INSPECTION_WINDOW_ELAPSED', afterPartialRefund: false });
  });

  it('never opens a window on a RETURN delivery', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-delivered', orderId, { direction: 'RETURN', deliveredAt: kit.now().toISOString() }));
    expect((await kit.escrow(orderId)).state).toBe('FUNDED');
  });
});

describe('POST /v1/public/escrows/{orderCode}/confirm-receipt', () => {
  const keys = deriveBuyerTokenKeys(env.PLATFORM_ENCRYPTION_KEY);
  const tokenFor = (o: OpenedEscrow): string => signBuyerToken({ orderId: o.orderId, orderCode: o.code, now: kit.now(), ttlSeconds: 600 }, keys.keyId, keys.signingKey).token;
  const confirm = (code: string, token?: string): Promise<Response> =>
    fetch(`${kit.baseUrl}/v1/public/escrows/${code}/confirm-receipt`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('releases early with a buyer token (RECEIPT_CONFIRMED); a repeat answers already released', async () => {
    const order = await funded();
    await delivered(order.orderId);
    const res = await confirm(order.code, tokenFor(order));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ orderCode: order.code, state: 'RELEASED', alreadyReleased: false });
    const events = await kit.events(order.orderId);
    expect(events.find((e) => e.type === 'escrow.inspection-ended')?.data).toMatchObject({ reason: 'RECEIPT_CONFIRMED' });
    expect(events.find((e) => e.type === 'escrow.escrow-released')?.data).toMatchObject({ reason: 'RECEIPT_CONFIRMED' });
    const again = await confirm(order.code, tokenFor(order));
    expect(await again.json()).toMatchObject({ state: 'RELEASED', alreadyReleased: true });
    expect((await kit.eventTypes(order.orderId)).filter((t) => t === 'escrow.escrow-released')).toHaveLength(1);
  });

  it('refuses: 401 without a token, 404 for another order than the token opens, 409 before delivery', async () => {
    const order = await funded();
    const other = await funded();
    expect((await confirm(order.code)).status).toBe(401);
    expect((await confirm(order.code, tokenFor(other))).status).toBe(404);
    const early = await confirm(order.code, tokenFor(order));
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ type: expect.stringContaining('not-in-inspection') });
    expect((await kit.escrow(order.orderId)).state).toBe('FUNDED');
  });
});

describe('ship-by', () => {
  it('refunds the buyer in full when the courier never scanned the parcel (a registered tracking number does not count)', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-registered', orderId));
    await kit.advance(5 * DAY + 1000);
    expect((await kit.escrow(orderId)).state).toBe('REFUNDED');
    expect(await ledgerOf(orderId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 1_000_000n });
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.escrow-refunded')?.data).toMatchObject({ refundType: 'FULL', amount: 1_000_000, reason: 'SHIP_BY_MISSED' });
  });

  it('is met by the first scan', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }));
    await kit.advance(5 * DAY + 1000);
    expect((await kit.escrow(orderId)).state).toBe('FUNDED');
  });
});

describe('holds (disputes asks, escrow answers)', () => {
  it('holds during inspection, then a withdrawal resumes the rest of the window (via Kafka)', async () => {
    const { orderId } = await funded();
    await delivered(orderId);
    await kit.advance(1 * DAY);
    const disputeId = crypto.randomUUID();
    await publish(kit.event('disputes.hold-requested', { orderId, disputeId }));
    expect((await kit.escrow(orderId)).state).toBe('ON_HOLD');
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.hold-accepted')?.data).toMatchObject({ disputeId, heldAmount: 1_000_000, awaitingFunds: false });

    await kit.advance(5 * DAY); // the window would have ended: the hold pauses it
    expect((await kit.escrow(orderId)).state).toBe('ON_HOLD');
    await publish(kit.event('disputes.dispute-withdrawn', { orderId, disputeId }));
    const resumed = await kit.escrow(orderId);
    expect(resumed.state).toBe('IN_INSPECTION');
    expect(resumed.holdDisputeId).toBeNull();
    const left = (resumed.inspectionEndsAt as Date).getTime() - kit.now().getTime();
    expect(left).toBeGreaterThan(2 * DAY - 60_000);
    expect(left).toBeLessThanOrEqual(2 * DAY);
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.hold-released')?.data).toMatchObject({ reason: 'DISPUTE_WITHDRAWN', inspectionEndsAt: resumed.inspectionEndsAt?.toISOString() });
    await kit.advance(2 * DAY + 1000);
    expect((await kit.escrow(orderId)).state).toBe('RELEASED');
  });

  it('refuses a hold once the money is released, and for an order escrow does not know', async () => {
    const { orderId } = await funded();
    await delivered(orderId);
    await kit.advance(3 * DAY + 1000);
    const disputeId = crypto.randomUUID();
    await kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.hold-refused')?.data).toMatchObject({ disputeId, reason: 'ALREADY_RELEASED' });

    // A request for an order escrow never sees waits for it, then is refused.
    const unknown = crypto.randomUUID();
    await kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId: unknown })));
    expect(await kit.events(unknown)).toEqual([]);
    await kit.advance(60 * 60_000 + 1000);
    expect((await kit.events(unknown)).map((e) => e.data)).toEqual([expect.objectContaining({ escrowId: null, reason: 'UNKNOWN_ORDER' })]);
  });

  it('applies a partial refund outcome: refund to the buyer, the rest released with the fee on it only', async () => {
    const { orderId } = await funded();
    await delivered(orderId);
    const disputeId = crypto.randomUUID();
    await kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
    await publish(kit.event('disputes.dispute-resolved', { orderId, disputeId, outcome: 'REFUND_PARTIAL', refundAmount: 300_000, moneyHeld: true }));
    expect((await kit.escrow(orderId)).state).toBe('PARTIALLY_REFUNDED');
    expect(await ledgerOf(orderId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 300_000n, SELLER_PAYABLE: 686_000n });
    const events = await kit.events(orderId);
    expect(events.find((e) => e.type === 'escrow.escrow-refunded')?.data).toMatchObject({ refundType: 'PARTIAL', amount: 300_000, reason: 'DISPUTE_OUTCOME', disputeId });
    expect(events.find((e) => e.type === 'escrow.escrow-released')?.data).toMatchObject({ amount: 700_000, feeAmount: 14_000, sellerAmount: 686_000, afterPartialRefund: true, disputeId });
  });

  it('waits for the return shipment on RETURN_AND_REFUND, refunds when it is delivered to the seller', async () => {
    const { orderId } = await funded();
    await delivered(orderId);
    const disputeId = crypto.randomUUID();
    await kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
    await kit.db.transaction((m) =>
      kit.app.get(ApplyDisputeOutcomeUseCase).resolved(m, kit.event('disputes.dispute-resolved', { orderId, disputeId, outcome: 'RETURN_AND_REFUND', refundAmount: 1_000_000, moneyHeld: true })),
    );
    expect((await kit.escrow(orderId)).state).toBe('ON_HOLD');
    await apply(fact('delivery.shipment-delivered', orderId, { direction: 'RETURN', deliveredAt: kit.now().toISOString() }));
    expect((await kit.escrow(orderId)).state).toBe('REFUNDED');
    expect(await ledgerOf(orderId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 1_000_000n });
  });

  it('releases to the seller when the return was not shipped in time', async () => {
    const { orderId } = await funded();
    await delivered(orderId);
    const disputeId = crypto.randomUUID();
    const outcomes = kit.app.get(ApplyDisputeOutcomeUseCase);
    await kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
    await kit.db.transaction((m) => outcomes.resolved(m, kit.event('disputes.dispute-resolved', { orderId, disputeId, outcome: 'RETURN_AND_REFUND', refundAmount: 1_000_000, moneyHeld: true })));
    await kit.db.transaction((m) => outcomes.returnNotShipped(m, kit.event('disputes.return-deadline-passed', { orderId, disputeId })));
    expect((await kit.escrow(orderId)).state).toBe('RELEASED');
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.escrow-released')?.data).toMatchObject({ reason: 'RETURN_NOT_SHIPPED', disputeId });
  });

  it('withdrawn during a hold taken before delivery: a delivery meanwhile gets its full window', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }));
    const disputeId = crypto.randomUUID();
    await kit.db.transaction((m) => kit.app.get(PlaceHoldUseCase).execute(m, kit.event('disputes.hold-requested', { orderId, disputeId })));
    await apply(fact('delivery.shipment-delivered', orderId, { deliveredAt: kit.now().toISOString() }));
    expect((await kit.escrow(orderId)).state).toBe('ON_HOLD');
    await kit.db.transaction((m) => kit.app.get(LiftHoldUseCase).execute(m, kit.event('disputes.dispute-withdrawn', { orderId, disputeId })));
    const escrow = await kit.escrow(orderId);
    expect(escrow.state).toBe('IN_INSPECTION');
    expect((escrow.inspectionEndsAt as Date).getTime() - kit.now().getTime()).toBeGreaterThan(3 * DAY - 60_000);
  });
});

describe('events that overtake the order', () => {
  it('sets aside a scan, a delivery and a hold that arrive before the order, and applies them in order when the escrow opens', async () => {
    const orderId = crypto.randomUUID();
    const disputeId = crypto.randomUUID();
    const early = [
      fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }),
      fact('delivery.shipment-delivered', orderId, { deliveredAt: kit.now().toISOString() }),
      kit.event('disputes.hold-requested', { orderId, disputeId }),
    ];
    await publish(...early);
    expect(await kit.events(orderId)).toEqual([]);
    const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."early_events" WHERE "order_id" = $1`, [orderId])) as Array<{ n: number }>;
    expect(n).toBe(3);

    await kit.openEscrow(marketplace.id, { orderId });
    // Not funded when they were applied: the scan and delivery are recorded, the hold is refused (nothing held).
    const escrow = await kit.escrow(orderId);
    expect(escrow.firstScannedAt).not.toBeNull();
    expect(escrow.deliveredAt).not.toBeNull();
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.hold-refused')?.data).toMatchObject({ disputeId, reason: 'NOT_FUNDED' });
    // Funded later: the delivery already happened, so the inspection window opens from it.
    await kit.pay(partner, { orderId });
    expect((await kit.escrow(orderId)).state).toBe('IN_INSPECTION');
    const [{ left }] = (await kit.db.query(`SELECT count(*)::int AS "left" FROM "escrow"."early_events" WHERE "order_id" = $1`, [orderId])) as Array<{ left: number }>;
    expect(left).toBe(0);
  });
});

describe('failed, returned and lost parcels', () => {
  it('moves no money on a final delivery failure; refunds when the parcel is back with the seller', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }));
    await apply(fact('delivery.shipment-delivery-failed-finally', orderId, { lastAttemptAt: kit.now().toISOString() }));
    expect((await kit.escrow(orderId)).state).toBe('FUNDED');
    await apply(fact('delivery.shipment-returned', orderId, { returnedAt: kit.now().toISOString() }));
    expect((await kit.escrow(orderId)).state).toBe('REFUNDED');
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.escrow-refunded')?.data).toMatchObject({ reason: 'RETURN_DELIVERED', amount: 1_000_000 });
  });

  it('alerts operators on a lost parcel and moves no money', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }));
    await apply(fact('delivery.shipment-lost', orderId, { lostAt: kit.now().toISOString() }));
    expect((await kit.escrow(orderId)).state).toBe('FUNDED');
    expect(await kit.held(orderId)).toBe(1_000_000n);
    const [alert] = (await kit.db.query(`SELECT "envelope" FROM "escrow"."outbox" WHERE "type" = 'platform.operator-alert-raised' AND "envelope"->'data'->>'orderId' = $1`, [orderId])) as Array<{
      envelope: { data: Record<string, unknown> };
    }>;
    expect(alert.envelope.data).toMatchObject({ code: 'SHIPMENT_LOST', service: 'escrow', orderId });
  });
});

describe('cancellation requests', () => {
  it('accepts before the first scan and refunds what was paid (via Kafka)', async () => {
    const { orderId } = await funded();
    const request = kit.event('orders.cancellation-requested', { orderId, marketplaceId: marketplace.id });
    await publish(request);
    expect((await kit.escrow(orderId)).state).toBe('CANCELLED');
    const events = await kit.events(orderId);
    expect(events.find((e) => e.type === 'escrow.cancellation-accepted')?.data).toMatchObject({ cancellationId: request.data.cancellationId, refundAmount: 1_000_000 });
    expect(events.find((e) => e.type === 'escrow.escrow-refunded')?.data).toMatchObject({ reason: 'CANCELLATION' });
    expect(await ledgerOf(orderId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 1_000_000n });
  });

  it('refuses after the courier picked the parcel up', async () => {
    const { orderId } = await funded();
    await apply(fact('delivery.shipment-first-scanned', orderId, { scannedAt: kit.now().toISOString() }));
    await kit.db.transaction((m) => kit.app.get(CancelEscrowUseCase).execute(m, kit.event('orders.cancellation-requested', { orderId })));
    expect((await kit.escrow(orderId)).state).toBe('FUNDED');
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.cancellation-refused')?.data).toMatchObject({ reason: 'ALREADY_PICKED_UP' });
  });

  it('cancels an unpaid escrow with nothing to refund', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    await kit.db.transaction((m) => kit.app.get(CancelEscrowUseCase).execute(m, kit.event('orders.cancellation-requested', { orderId })));
    expect((await kit.escrow(orderId)).state).toBe('CANCELLED');
    expect((await kit.events(orderId)).find((e) => e.type === 'escrow.cancellation-accepted')?.data).toMatchObject({ refundAmount: 0 });
  });
});

describe('funding edge cases', () => {
  it('expires an underpaid escrow at its funding deadline and refunds what was paid', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    await kit.pay(partner, { orderId, amount: 400_000 });
    expect((await kit.escrow(orderId)).state).toBe('UNDERPAID');
    await kit.advance(DAY + 1000);
    expect((await kit.escrow(orderId)).state).toBe('EXPIRED');
    const events = await kit.events(orderId);
    expect(events.find((e) => e.type === 'escrow.escrow-expired')?.data).toMatchObject({ paidAmount: 400_000 });
    expect(events.find((e) => e.type === 'escrow.refund-instruction-issued')?.data).toMatchObject({ amount: 400_000, reason: 'UNDERPAID_EXPIRED' });
    expect(await ledgerOf(orderId)).toMatchObject({ HELD_FUNDS: 0n, BUYER_REFUND_PAYABLE: 400_000n });
  });

  it('refunds an overpayment’s excess at once, against that payment', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const res = await kit.pay(partner, { orderId, amount: 1_250_000 });
    expect(res.body).toMatchObject({ escrowState: 'FUNDED', match: 'OVERPAID' });
    expect(await kit.held(orderId)).toBe(1_000_000n);
    const refund = (await kit.events(orderId)).find((e) => e.type === 'escrow.refund-instruction-issued');
    expect(refund?.data).toMatchObject({ amount: 250_000, reason: 'OVERPAYMENT' });
  });
});
