/**
 * Issue 8 across services: one cash-on-delivery order from placement to the seller's payout and the buyer's refund,
 * with a complaint filed before the courier remitted the cash. Escrow, delivery tracking and disputes run in this
 * one process on the real PostgreSQL, Redis and Kafka; every event between them travels over the broker (outbox
 * relays, consumers). The test plays only the outside world, through the real edges: orders (orders.order-placed on
 * Kafka), the marketplace (registers the parcel, accepts the complaint), the courier (signed delivery events, a
 * signed remittance), the buyer (files the complaint, gives a refund account), the collection partner (pulls its
 * instructions, settles them) and an operator (the ledger check).
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventType, type PayloadOf } from '@trustcircle/contracts';
import { createKafka } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Producer } from 'kafkajs';
// A cross-service test: it lives outside the apps, where seeing several services is allowed.
import { OrderFactsRecord } from '../../apps/disputes/src/disputes/infrastructure/order-facts.orm-entity';
import { DisputesTestKit, TEST_MARKETPLACE_SETTINGS } from '../../apps/disputes/src/testing/disputes-test-kit';
import { DeliveryTestKit } from '../../apps/delivery-tracking/src/testing/delivery-test-kit';
import { CodParcelRecord } from '../../apps/escrow/src/cod/infrastructure/cod-parcel.orm-entity';
import { InstructionRecord } from '../../apps/escrow/src/instructions/infrastructure/instruction.orm-entity';
import { detailsJson, maskAccountNumber } from '../../apps/escrow/src/payout-accounts/domain/payout-account-details';
import { CodEscrowFixture } from '../../apps/escrow/src/refund-destinations/testing/cod-escrow-fixture';
import { EscrowTestKit, type OpenedEscrow, TEST_PAYOUT_ACCOUNT, type TestPartner } from '../../apps/escrow/src/testing/escrow-test-kit';

jest.setTimeout(180_000);

/**
 * The first wait on each service also covers its consumer joining and working through what earlier suites left on
 * the shared broker for its group (slow on a loaded CI machine): generous, and only ever reached when it is needed.
 */
const FIRST_EVENT_MS = 60_000;

/** The order: 1,250,000 VND cash on delivery; the marketplace's fee is 2 %. */
const TOTAL = 1_250_000;
/** The complaint settles on a partial refund of 250,000: 1,000,000 released, fee 20,000, 980,000 to the seller. */
const REFUND = 250_000;
const FEE = 20_000;
const TO_SELLER = TOTAL - REFUND - FEE;

let escrow: EscrowTestKit;
let delivery: DeliveryTestKit;
let disputes: DisputesTestKit;
let producer: Producer;
/** The marketplace, the collection partner and the courier as escrow knows them (the fixture registers them). */
let cod: CodEscrowFixture;
/** The same marketplace and courier (same ids) as delivery tracking and disputes know them, each with keys of its own there. */
let shopAtDelivery: TestPartner;
let courierAtDelivery: TestPartner;
let shopAtDisputes: TestPartner;

beforeAll(async () => {
  const env = { OUTBOX_POLL_MS: '200' };
  [escrow, delivery, disputes] = await Promise.all([EscrowTestKit.start(env), DeliveryTestKit.start(env), DisputesTestKit.start(env)]);
  cod = await CodEscrowFixture.create(escrow);
  shopAtDelivery = await delivery.registerPartner('MARKETPLACE', [], TEST_MARKETPLACE_SETTINGS, cod.marketplace.id);
  courierAtDelivery = await delivery.registerPartner('COURIER', [], TEST_MARKETPLACE_SETTINGS, cod.courier.id);
  shopAtDisputes = await disputes.registerPartner('MARKETPLACE', [], TEST_MARKETPLACE_SETTINGS, cod.marketplace.id);
  producer = createKafka({ clientId: 'test-cod-journey', brokers: String(process.env.KAFKA_BROKERS).split(',') }).producer();
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await Promise.all([escrow?.close(), delivery?.close(), disputes?.close()]);
});

/** Publishes an event orders owns on its topic, keyed as the catalogue says. */
async function publish<T extends EventType>(type: T, data: Partial<PayloadOf<T>>): Promise<void> {
  const event = escrow.event(type, data);
  const { topic, keyOf } = EVENT_CATALOGUE[type] as unknown as { topic: string; keyOf: (payload: unknown) => string };
  await producer.send({ topic, messages: [{ key: keyOf(event.data), value: JSON.stringify(event) }] });
}

async function escrowState(orderId: string): Promise<string | undefined> {
  const rows = (await escrow.db.query(`SELECT "state" FROM "escrow"."escrows" WHERE "order_id" = $1`, [orderId])) as Array<{ state: string }>;
  return rows[0]?.state;
}

/** The escrow as the fixture's helpers take it. */
async function openedEscrow(orderId: string): Promise<OpenedEscrow> {
  const e = await escrow.escrow(orderId);
  return { escrowId: e.id, orderId, code: e.orderCode, paymentReference: e.paymentReference, sellerId: e.sellerId };
}

const instructionsOf = (orderId: string): Promise<InstructionRecord[]> => escrow.db.manager.find(InstructionRecord, { where: { orderId }, order: { kind: 'ASC' } });

it('takes a COD order from placement to payout, with a complaint filed before the cash was remitted', async () => {
  // --- orders places a COD order: escrow opens it awaiting delivery; delivery tracking and disputes copy it.
  const orderId = randomUUID();
  const suffix = randomUUID().replace(/-/g, '').toUpperCase();
  const code = `TC-${suffix.slice(0, 4)}-${suffix.slice(4, 8)}`;
  const sealed = escrow.app.get(PlatformKeyring).seal(detailsJson(TEST_PAYOUT_ACCOUNT), orderId);
  await publish('orders.order-placed', {
    orderId,
    code,
    marketplaceId: cod.marketplace.id,
    externalId: `COD-${suffix.slice(8, 20)}`,
    seller: {
      id: `seller-${suffix.slice(8, 16)}`,
      name: 'Cửa hàng Ánh Dương',
      payoutAccount: {
        method: TEST_PAYOUT_ACCOUNT.method,
        institutionCode: TEST_PAYOUT_ACCOUNT.institutionCode,
        accountNumberMasked: maskAccountNumber(TEST_PAYOUT_ACCOUNT.accountNumber),
        sealedDetails: sealed.ciphertext,
        keyId: sealed.keyId,
      },
    },
    items: [{ sku: 'NOI-CHIEN', name: 'Nồi chiên không dầu', quantity: 1, unitPrice: TOTAL - 30_000 }],
    shippingFee: 30_000,
    totalAmount: TOTAL,
    paymentMethod: 'COD',
    paymentReference: `TC${suffix.slice(0, 12)}`,
    inspectionDays: 3,
    paymentExpiresAt: null,
    placedAt: new Date(escrow.now().getTime() - 2 * 3_600_000).toISOString(), // before the courier's scans below
  });
  await waitFor(() => escrowState(orderId).then((s) => s === 'AWAITING_DELIVERY'), { what: 'escrow to open the COD escrow', timeoutMs: FIRST_EVENT_MS });

  // --- the marketplace registers the parcel with the courier (once delivery tracking has the order).
  const trackingNumber = `GHN${suffix.slice(8, 20)}`;
  await waitFor(
    async () => {
      const res = await delivery.call('POST', '/v1/shipments', shopAtDelivery.apiKey, { orderId, courier: cod.courier.id, trackingNumber, direction: 'OUTBOUND' });
      return res.status === 201 ? res : undefined;
    },
    { what: 'delivery tracking to know the order and register its parcel', timeoutMs: FIRST_EVENT_MS },
  );

  // --- the courier picks it up, then delivers it and collects the cash at the door (signed webhooks).
  const at = (minutesAgo: number): string => new Date(delivery.now().getTime() - minutesAgo * 60_000).toISOString();
  expect((await delivery.signedPost(courierAtDelivery, `/v1/couriers/${cod.courier.id}/events`, { trackingNumber, status: 'PICKED_UP', occurredAt: at(60) })).status).toBe(201);
  const delivered = await delivery.signedPost(courierAtDelivery, `/v1/couriers/${cod.courier.id}/events`, { trackingNumber, status: 'DELIVERED', occurredAt: at(1), codAmount: TOTAL });
  expect(delivered.status).toBe(201);

  // Escrow opens the inspection window with no cash held yet; its COD parcel knows the courier and what it collected.
  await waitFor(() => escrowState(orderId).then((s) => s === 'IN_INSPECTION'), { what: 'escrow to open the inspection window' });
  const parcel = await escrow.db.manager.findOneByOrFail(CodParcelRecord, { orderId });
  expect(parcel).toMatchObject({ courierId: cod.courier.id, trackingNumber, expectedAmount: BigInt(TOTAL), collectedAmount: BigInt(TOTAL), remittedAmount: 0n });
  expect(await escrow.held(orderId)).toBe(0n);

  // --- the buyer complains before the courier remitted: disputes opened the window at delivery (COD is paid at the door).
  await waitFor(async () => (await disputes.db.manager.findOneBy(OrderFactsRecord, { orderId }))?.inspectionEndsAt ?? undefined, { what: 'disputes to learn the delivery', timeoutMs: FIRST_EVENT_MS });
  const filed = await disputes.call('POST', '/v1/public/disputes', disputes.buyerToken({ orderId, code }), {
    orderCode: code,
    reason: 'DAMAGED',
    description: 'Nồi bị móp một bên, nắp không đóng được.',
    requestedOutcome: 'REFUND_PARTIAL',
    requestedAmount: REFUND,
  });
  expect(filed.status).toBe(201);
  const disputeId = String(filed.body.disputeId);
  // Escrow holds for the dispute although nothing is remitted yet (awaiting funds): disputes counts the money as held.
  await waitFor(async () => ((await disputes.dispute(disputeId)).moneyHeld === true ? true : undefined), { what: 'escrow to accept the hold' });
  expect(await escrowState(orderId)).toBe('ON_HOLD');

  // --- the marketplace accepts the partial refund; escrow has no cash yet: the outcome waits for it.
  const accepted = await disputes.call('POST', `/v1/disputes/${disputeId}/responses`, shopAtDisputes.apiKey, { action: 'ACCEPT', message: 'Xin lỗi quý khách, hoàn 250.000 ₫.' });
  expect(accepted.status).toBe(200);
  expect(accepted.body).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_PARTIAL', refundAmount: REFUND });
  await waitFor(async () => (await escrow.db.manager.findOneByOrFail(CodParcelRecord, { orderId })).pendingOutcome ?? undefined, { what: 'escrow to keep the outcome until the cash arrives' });
  expect(await escrowState(orderId)).toBe('ON_HOLD');
  expect(await instructionsOf(orderId)).toEqual([]);

  // --- the courier remits the cash (signed batch): the outcome applies at once to the money now held.
  const remitted = await escrow.remit(cod.courier, { lines: [{ trackingNumber, amount: TOTAL }] });
  expect(remitted.status).toBe(201);
  expect(remitted.body).toMatchObject({ totalAmount: TOTAL, fundedAmount: TOTAL, refusedAmount: 0, lines: [{ trackingNumber, amount: TOTAL, outcome: 'FUNDED', orderCode: code }] });
  expect(await escrowState(orderId)).toBe('PARTIALLY_REFUNDED');
  const [payout, waiting] = await instructionsOf(orderId);
  expect(payout).toMatchObject({ kind: 'PAYOUT', status: 'PENDING', partnerId: cod.collector.id, amount: BigInt(TO_SELLER) });
  // The buyer paid cash: the refund waits for an account, and the buyer is asked for one.
  expect(waiting).toMatchObject({ kind: 'REFUND', status: 'AWAITING_ACCOUNT', partnerId: cod.collector.id, amount: BigInt(REFUND) });
  expect(await escrow.eventData(orderId, 'escrow.refund-destination-required')).toEqual([expect.objectContaining({ orderId, amount: REFUND })]);

  // --- the buyer gives a bank account in the portal: the refund leaves.
  const given = await escrow.call('PUT', `/v1/public/escrows/${code}/refund-destination`, cod.buyerToken(await openedEscrow(orderId)), {
    method: 'BANK_ACCOUNT',
    institutionCode: 'TCB',
    accountNumber: '19033334445556',
    accountName: 'Nguyễn Thị Hoa',
  });
  expect(given.status).toBe(200);
  expect(JSON.stringify(given.body)).not.toContain('19033334445556');
  await waitFor(async () => ((await instructionsOf(orderId))[1].status === 'PENDING' ? true : undefined), { what: 'the refund to leave' });

  // --- the collection partner pulls both instructions (full details for it alone) and settles them.
  const pulled = await escrow.call('GET', `/v1/partners/${cod.collector.id}/instructions?status=PENDING&limit=100`, cod.collector.apiKey);
  expect(pulled.status).toBe(200);
  const mine = (pulled.body.items as Array<{ instructionId: string; kind: string; amount: number; beneficiary: Record<string, unknown> }>).filter((i) =>
    [payout.id, waiting.id].includes(i.instructionId),
  );
  expect(mine.map((i) => [i.kind, i.amount]).sort()).toEqual([
    ['PAYOUT', TO_SELLER],
    ['REFUND', REFUND],
  ]);
  expect(mine.find((i) => i.kind === 'REFUND')?.beneficiary).toMatchObject({ party: 'BUYER', destination: 'BANK_ACCOUNT', institutionCode: 'TCB', accountNumber: '19033334445556', accountName: 'NGUYEN THI HOA' });
  for (const i of mine) {
    const settled = await escrow.signedPost(cod.collector, `/v1/partners/${cod.collector.id}/settlements`, {
      instructionId: i.instructionId,
      status: 'SETTLED',
      settledAt: escrow.now().toISOString(),
      reference: `FT-${i.instructionId.slice(0, 8)}`,
    });
    expect(settled.status).toBe(200);
  }
  expect(await escrowState(orderId)).toBe('PAID_OUT');

  // --- the money: nothing left held or payable, the fee on the released part only, and the ledger check is clean.
  const { id: escrowId, sellerId } = await escrow.escrow(orderId);
  expect(await escrow.balance({ type: 'HELD_FUNDS', escrowId })).toBe(0n);
  expect(await escrow.balance({ type: 'SELLER_PAYABLE', escrowId, sellerId })).toBe(0n);
  expect(await escrow.balance({ type: 'BUYER_REFUND_PAYABLE', escrowId })).toBe(0n);
  expect(await escrow.eventData(orderId, 'escrow.escrow-released')).toEqual([expect.objectContaining({ amount: TOTAL - REFUND, feeAmount: FEE, sellerAmount: TO_SELLER, afterPartialRefund: true, disputeId })]);
  const check = await escrow.call('POST', '/v1/ledger/checks', escrow.operatorToken('mediator'));
  expect(check.status).toBe(200);
  expect((check.body.failures as Array<{ orderId: string | null; detail: string }>).filter((f) => f.orderId === orderId || f.detail.includes(escrowId))).toEqual([]);

  // --- the courier's reconciliation for the day: this parcel collected and remitted in full.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(at(1)));
  const report = await escrow.call('GET', `/v1/couriers/${cod.courier.id}/cod-reconciliation?date=${day}`, cod.courier.apiKey);
  expect(report.status).toBe(200);
  expect((report.body.parcels as Array<Record<string, unknown>>).find((p) => p.trackingNumber === trackingNumber)).toMatchObject({
    orderCode: code,
    expectedAmount: TOTAL,
    collectedAmount: TOTAL,
    remittedAmount: TOTAL,
    status: 'MATCHED',
  });
});
