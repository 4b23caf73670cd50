import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { waitFor } from '@trustcircle/testing';
import type { PaymentPartnerActor } from '../circle/actors';
import type { Circle } from '../circle/circle';
import { type JsonAnswer, callJson, expectStatus } from '../circle/http';
import { escrowView } from '../circle/money';
import { type Scenario, type ScenarioRun, escrowIn, texted, trackingNumber } from './scenario';
import { TEXT } from './buyer-texts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/**
 * 12. Duplicates, reordering and replays at every edge: the happy path's order (released by the buyer's
 * confirmation) while the order is posted twice (and twice at once), the payment webhook is retried (same id,
 * same transaction), sent again under a new id and replayed with an old timestamp, the shipment is registered
 * twice, the courier's events come twice and out of order, the buyer confirms twice and the settlement is posted
 * twice. The end must be a clean run's: the same state, the same amounts, one payout, each text once.
 */
export const duplicatesEverywhere: Scenario = {
  name: 'duplicates-everywhere',
  title: 'the same final state and the same ledger',
  movesTime: true,
  async run(c: Circle): Promise<ScenarioRun> {
    // The order, posted twice, then twice at once: always the same order.
    const body = c.marketplace.orderBody({ inspectionDays: 3 });
    const order = await c.marketplace.placeOrder({}, body);
    const repeats = [await c.marketplace.placeOrder({}, body), ...(await Promise.all([c.marketplace.placeOrder({}, body), c.marketplace.placeOrder({}, body)]))];
    for (const r of repeats) same('the repeated order', { id: r.id, code: r.code, ref: r.paymentReference }, { id: order.id, code: order.code, ref: order.paymentReference });
    await escrowIn(c, order.id, 'AWAITING_FUNDING');
    await texted(c, order, 1);

    // The payment webhook, retried as is (the same message: id, timestamp and body): answered as the first.
    const pay = { partnerTxnId: `TXN-${randomUUID()}`, webhookId: `msg_${randomUUID()}` };
    const sentAt = c.at.now();
    const paid = await c.payer.pay(order, { ...pay, sentAt });
    if (paid.status !== 201) throw new Error(`payment answered ${paid.status}: ${JSON.stringify(paid.body)}`);
    sameAnswer('the retried payment webhook', await c.payer.pay(order, { ...pay, sentAt }), paid);
    // The same transaction told again under a new webhook id (now): no second payment.
    const resent = await c.payer.pay(order, { partnerTxnId: pay.partnerTxnId });
    if (resent.status >= 300) throw new Error(`the payment sent again under a new webhook id answered ${resent.status}: ${JSON.stringify(resent.body)}`);
    // A replay: the first message, captured and sent again six minutes later. Its id is known, so it is answered
    // as the first (the guard recognises a known message before it judges the timestamp): nothing moves twice.
    await c.advance(6 * MINUTE);
    sameAnswer('the payment webhook replayed six minutes later', await c.payer.pay(order, { ...pay, sentAt }), paid);
    // A message never seen, timestamped six minutes ago (outside the 5-minute tolerance): refused.
    const stale = await c.payer.pay(order, { partnerTxnId: pay.partnerTxnId, sentAt: new Date(c.at.now().getTime() - 6 * MINUTE) });
    if (stale.status !== 401) throw new Error(`a new payment webhook timestamped 6 minutes ago was answered ${stale.status}: ${JSON.stringify(stale.body)}`);
    await escrowIn(c, order.id, 'FUNDED');
    await texted(c, order, 2);

    // The parcel, registered twice (a retry with the same Idempotency-Key, then again under a new key); the
    // courier's events twice and out of order.
    const tn = trackingNumber(order);
    await registerShipmentTwice(c, order.id, tn);
    const t0 = c.at.now().getTime() - 10 * MINUTE;
    const pickedUp = { occurredAt: new Date(t0), webhookId: `msg_${randomUUID()}` };
    await courierOk(c, tn, 'PICKED_UP', pickedUp);
    await courierOk(c, tn, 'PICKED_UP', pickedUp);
    await courierOk(c, tn, 'OUT_FOR_DELIVERY', { occurredAt: new Date(t0 + 4 * MINUTE) });
    await courierOk(c, tn, 'IN_TRANSIT', { occurredAt: new Date(t0 + 2 * MINUTE) });
    await courierOk(c, tn, 'PICKED_UP', { occurredAt: new Date(t0) });
    await texted(c, order, 3);
    const delivered = { occurredAt: new Date(t0 + 8 * MINUTE), webhookId: `msg_${randomUUID()}` };
    const first = await courierOk(c, tn, 'DELIVERED', delivered);
    sameAnswer('the retried DELIVERED webhook', await c.courier.event(tn, 'DELIVERED', delivered), first);
    await courierOk(c, tn, 'DELIVERED', { occurredAt: delivered.occurredAt });
    await courierOk(c, tn, 'OUT_FOR_DELIVERY', { occurredAt: new Date(t0 + 4 * MINUTE) });
    await escrowIn(c, order.id, 'IN_INSPECTION');
    await texted(c, order, 4);
    // One parcel, delivered, its timeline in the order things happened, each event once.
    const shipments = await expectStatus('GET /v1/shipments', c.marketplace.get('delivery-tracking', `/v1/shipments?orderId=${order.id}`), 200);
    const parcels = shipments.items as Array<{ trackingNumber: string; status: string; timeline: Array<{ status: string }> }>;
    same('the shipments of the order', parcels.map((p) => ({ tn: p.trackingNumber, status: p.status, timeline: p.timeline.map((t) => t.status) })), [
      { tn, status: 'DELIVERED', timeline: ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'] },
    ]);

    // The buyer confirms receipt twice (text 5 is the one-time code): released once.
    const buyer = c.buyer(order);
    const confirmed = await buyer.confirmReceipt();
    if (confirmed.status !== 200) throw new Error(`confirm-receipt answered ${confirmed.status}: ${JSON.stringify(confirmed.body)}`);
    const confirmedAgain = await buyer.confirmReceipt();
    if (confirmedAgain.status !== 200) throw new Error(`the second confirm-receipt (already released) answered ${confirmedAgain.status}: ${JSON.stringify(confirmedAgain.body)}`);
    await escrowIn(c, order.id, 'RELEASED');

    // The settlement, posted twice: answered as the first, paid out once.
    const [payout, ...others] = await waitForPending(c, order.id);
    if (others.length > 0 || payout.kind !== 'PAYOUT') throw new Error(`expected one PAYOUT, pending: ${JSON.stringify([payout, ...others])}`);
    // The same report both times (the same reference and settlement time).
    const settledAt = c.at.now();
    const settled = await c.payer.settle(payout.instructionId, undefined, settledAt);
    if (settled.status !== 200 && settled.status !== 201) throw new Error(`the settlement answered ${settled.status}: ${JSON.stringify(settled.body)}`);
    sameAnswer('the settlement posted again', await c.payer.settle(payout.instructionId, undefined, settledAt), settled);
    const v = await escrowIn(c, order.id, 'PAID_OUT');
    await texted(c, order, 6);
    const payouts = v.instructions.filter((i) => i.kind === 'PAYOUT');
    if (v.instructions.length !== 1 || payouts.length !== 1 || payouts[0].status !== 'SETTLED') throw new Error(`expected exactly one settled PAYOUT, got ${JSON.stringify(v.instructions)}`);
    if ((await escrowView(c.marketplace, order.id)).amounts.paidOut !== payout.amount) throw new Error('paid out differs from the payout instruction');

    // A clean happy path's ledger: 2 % fee on the whole total, the rest released and paid out once.
    const fee = (order.totalAmount * 200) / 10_000;
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: order.totalAmount, refunded: 0, heldNow: 0, fee, releasedToSeller: order.totalAmount - fee, paidOut: order.totalAmount - fee },
        sms: [
          TEXT.placed,
          TEXT.funded,
          TEXT.shipped,
          TEXT.delivered,
          /Mã xác thực đơn hàng TC-.* là \d{6}, hiệu lực 5 phút/,
          TEXT.completed,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'escrow.escrow-released', 'escrow.escrow-paid-out'],
      },
    };
  },
};

function same(what: string, got: unknown, want: unknown): void {
  if (!isDeepStrictEqual(got, want)) throw new Error(`${what}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

/** A retry must be answered as the first was: the same status and the same body. */
function sameAnswer(what: string, got: JsonAnswer, first: JsonAnswer): void {
  same(what, { status: got.status, body: got.body }, { status: first.status, body: first.body });
}

/**
 * Registers the parcel, retries the request as is (same Idempotency-Key, same body: answered as the first), then
 * posts the same registration under a new key (the tracking number is taken: 409, nothing registered twice).
 * `MarketplaceActor.registerShipment` gives each call a new key and a new expected delivery time, so a true retry
 * is written here.
 */
async function registerShipmentTwice(c: Circle, orderId: string, tn: string): Promise<void> {
  const body = { orderId, courier: c.courier.id, trackingNumber: tn, direction: 'OUTBOUND', expectedDeliveryAt: new Date(c.at.now().getTime() + 3 * DAY).toISOString() };
  const send = (key: string): Promise<JsonAnswer> => callJson(c.at.url('delivery-tracking', '/v1/shipments'), { body, headers: { authorization: `Bearer ${c.marketplace.apiKey}`, 'idempotency-key': key } });
  const key = randomUUID();
  const first = await send(key);
  if (first.status !== 201) throw new Error(`POST /v1/shipments answered ${first.status}: ${JSON.stringify(first.body).slice(0, 600)}`);
  sameAnswer('the retried shipment registration', await send(key), first);
  const again = await send(randomUUID());
  if (again.status !== 409) throw new Error(`the same registration under a new key answered ${again.status}: ${JSON.stringify(again.body).slice(0, 600)}`);
}

/** One courier event that must be taken (a duplicate or a late one included); answers the answer. */
async function courierOk(c: Circle, tn: string, status: string, o: { occurredAt: Date; webhookId?: string }): Promise<JsonAnswer> {
  const a = await c.courier.event(tn, status, o);
  if (![200, 201, 202].includes(a.status)) throw new Error(`the courier's ${status} answered ${a.status}: ${JSON.stringify(a.body).slice(0, 600)}`);
  return a;
}

/** The partner's pending instructions about the order, once there is one. */
function waitForPending(c: Circle, orderId: string): ReturnType<PaymentPartnerActor['pendingInstructions']> {
  return waitFor(async () => {
    const found = await c.payer.pendingInstructions(orderId);
    return found.length > 0 ? found : undefined;
  }, { what: `an instruction about ${orderId}`, timeoutMs: 60_000, intervalMs: 200 });
}
