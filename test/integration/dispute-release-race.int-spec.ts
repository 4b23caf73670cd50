/**
 * The race of issue 6 across services: a dispute filed in the last second of the inspection window while the
 * release deadline fires, forced in both interleavings. Escrow and disputes run in this one process on the real
 * PostgreSQL, Redis and Kafka, each with its own movable clock (moved by the same amounts unless a step says
 * otherwise); every event between them travels over the broker (their outbox relays and consumers). The test plays
 * only the outside world: orders (orders.order-placed on Kafka), the payment partner (a signed webhook), the
 * courier (delivery.shipment-delivered on Kafka), the buyer, the marketplace and an admin (their real endpoints).
 *
 * Escrow's own half (its row lock deciding between a hold and the release) is forced at the lock level in
 * apps/escrow/src/escrow/hold-release-race.int-spec.ts; this file proves that the whole chain ends in exactly one
 * money outcome, with the ledger to match, whichever side wins.
 */
import { randomUUID } from 'node:crypto';
import { EVENT_CATALOGUE, type EventType, type PayloadOf } from '@trustcircle/contracts';
import { createKafka } from '@trustcircle/messaging';
import { PlatformKeyring } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Producer } from 'kafkajs';
// A cross-service test: it lives outside both apps, where seeing two services is allowed.
import { OrderFactsRecord } from '../../apps/disputes/src/disputes/infrastructure/order-facts.orm-entity';
import { DisputesTestKit, TEST_MARKETPLACE_SETTINGS } from '../../apps/disputes/src/testing/disputes-test-kit';
import { detailsJson, maskAccountNumber } from '../../apps/escrow/src/payout-accounts/domain/payout-account-details';
import { EscrowTestKit, TEST_PAYOUT_ACCOUNT, type TestPartner } from '../../apps/escrow/src/testing/escrow-test-kit';

jest.setTimeout(60_000);

const SECOND = 1000;
/**
 * How long before the end of the window the complaint is filed: the last moments of it, with room for a loaded
 * machine (the clocks keep running while the test works: one second was once not enough to file in time).
 */
const LAST_MOMENT = 10 * SECOND;
/** Enough to take a clock past the end of the window from {@link LAST_MOMENT} before it. */
const PAST_THE_END = LAST_MOMENT + 2 * SECOND;
const DAY = 86_400_000;
/** The order: 1,250,000 VND; the marketplace's fee is 2% (TEST_MARKETPLACE_SETTINGS): 25,000, and 1,225,000 to the seller. */
const TOTAL = 1_250_000;
const FEE = 25_000;
const TO_SELLER = TOTAL - FEE;

let escrow: EscrowTestKit;
let disputes: DisputesTestKit;
let marketplace: TestPartner;
/** The same marketplace (same id) as disputes knows it, with an API key of its own there. */
let shop: TestPartner;
let paymentPartner: TestPartner;
let producer: Producer;

beforeAll(async () => {
  const env = { OUTBOX_POLL_MS: '200' };
  const [started, disputesKit] = await Promise.all([EscrowTestKit.startWithPartners(env), DisputesTestKit.start(env)]);
  ({ kit: escrow, marketplace, partner: paymentPartner } = started);
  disputes = disputesKit;
  shop = await disputes.registerPartner('MARKETPLACE', [], TEST_MARKETPLACE_SETTINGS, marketplace.id);
  producer = createKafka({ clientId: 'test-dispute-release-race', brokers: String(process.env.KAFKA_BROKERS).split(',') }).producer();
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await Promise.all([escrow?.close(), disputes?.close()]);
});

// --- the outside world -----------------------------------------------------------------------------------------

/** Publishes an event another service owns (orders, delivery tracking) on its topic, keyed as the catalogue says. */
async function publish<T extends EventType>(type: T, data: Partial<PayloadOf<T>>): Promise<void> {
  const event = escrow.event(type, data);
  const { topic, keyOf } = EVENT_CATALOGUE[type] as unknown as { topic: string; keyOf: (payload: unknown) => string };
  await producer.send({ topic, messages: [{ key: keyOf(event.data), value: JSON.stringify(event) }] });
}

interface Order {
  orderId: string;
  code: string;
}

/**
 * An order placed, paid and delivered, as the other services and partners would do it: orders.order-placed on
 * Kafka (escrow opens the escrow, disputes records the order), the payment partner's signed webhook (funded), the
 * courier's OUTBOUND delivery on Kafka (escrow opens the inspection window; disputes learns when it ends from
 * escrow.inspection-started). Answers the order and the end of its window, the same in both services.
 */
async function deliveredOrder(): Promise<{ order: Order; endsAt: Date }> {
  const orderId = randomUUID();
  const suffix = randomUUID().replace(/-/g, '').toUpperCase();
  const order = { orderId, code: `TC-${suffix.slice(0, 4)}-${suffix.slice(4, 8)}` };
  const sealed = escrow.app.get(PlatformKeyring).seal(detailsJson(TEST_PAYOUT_ACCOUNT), orderId);
  const { method, institutionCode, accountNumber } = TEST_PAYOUT_ACCOUNT;
  await publish('orders.order-placed', {
    orderId,
    code: order.code,
    marketplaceId: marketplace.id,
    externalId: `RACE-${suffix.slice(8, 20)}`,
    seller: {
      id: `seller-${suffix.slice(8, 16)}`,
      name: 'Cửa hàng Ánh Dương',
      payoutAccount: { method, institutionCode, accountNumberMasked: maskAccountNumber(accountNumber), sealedDetails: sealed.ciphertext, keyId: sealed.keyId },
    },
    items: [{ sku: 'TV-43', name: 'Tivi 43 inch', quantity: 1, unitPrice: TOTAL - 30_000 }],
    shippingFee: 30_000,
    totalAmount: TOTAL,
    paymentMethod: 'PREPAID',
    paymentReference: `TC${suffix.slice(0, 12)}`,
    inspectionDays: 3,
    paymentExpiresAt: new Date(escrow.now().getTime() + DAY).toISOString(),
    placedAt: escrow.now().toISOString(),
  });
  // The first wait of the file also covers both consumers joining their groups.
  await waitFor(() => escrowState(orderId).then((s) => s === 'AWAITING_FUNDING'), { what: 'escrow to open the escrow', timeoutMs: 30_000 });

  const paid = await escrow.pay(paymentPartner, { orderId, amount: TOTAL, paidAt: escrow.now().toISOString() });
  expect(paid.status).toBe(201);
  expect(paid.body).toMatchObject({ escrowState: 'FUNDED' });

  await publish('delivery.shipment-delivered', { orderId, shipmentId: randomUUID(), direction: 'OUTBOUND', deliveredAt: escrow.now().toISOString(), codAmount: null });
  await waitFor(() => escrowState(orderId).then((s) => s === 'IN_INSPECTION'), { what: 'escrow to open the inspection window' });
  const endsAt = (await escrow.escrow(orderId)).inspectionEndsAt as Date;
  // Disputes knows the order, its payment and the end of the window from escrow's events.
  const facts = await waitFor(
    async () => {
      const f = await disputes.db.manager.findOneBy(OrderFactsRecord, { orderId });
      return f?.orderCode && f.fundedAt && f.inspectionEndsAt ? f : undefined;
    },
    { what: 'disputes to learn the order, its funding and its inspection window', timeoutMs: 30_000 },
  );
  expect(facts).toMatchObject({ orderCode: order.code, marketplaceId: marketplace.id, totalAmount: BigInt(TOTAL) });
  expect(facts.inspectionEndsAt?.toISOString()).toBe(endsAt.toISOString());
  return { order, endsAt };
}

/** Moves both apps' clocks to `at`, by the same amount (they stay equal). */
function bothClocksTo(at: Date): void {
  const by = at.getTime() - escrow.now().getTime();
  escrow.advanceWithoutSweep(by);
  disputes.advanceWithoutSweep(by);
  expect(Math.abs(escrow.now().getTime() - disputes.now().getTime())).toBeLessThan(50);
}

/** The buyer files through disputes' public endpoint with their buyer token: DAMAGED, a full refund asked. */
async function fileDispute(order: Order): Promise<string> {
  const res = await disputes.call('POST', '/v1/public/disputes', disputes.buyerToken(order), {
    orderCode: order.code,
    reason: 'DAMAGED',
    description: 'Màn hình bị nứt khi nhận hàng.',
    requestedOutcome: 'REFUND_FULL',
  });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ state: 'AWAITING_MERCHANT' });
  return String(res.body.disputeId);
}

/** The marketplace accepts the complaint with disputes' API key (a full refund, as asked). */
async function marketplaceAccepts(disputeId: string): Promise<void> {
  const res = await disputes.call('POST', `/v1/disputes/${disputeId}/responses`, shop.apiKey, { action: 'ACCEPT', message: 'Xin lỗi quý khách, hoàn tiền đầy đủ.' });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ disputeId, state: 'RESOLVED', outcome: 'REFUND_FULL', refundAmount: TOTAL });
}

// --- reading the outcome ---------------------------------------------------------------------------------------

async function escrowState(orderId: string): Promise<string | undefined> {
  const rows = (await escrow.db.query(`SELECT "state" FROM "escrow"."escrows" WHERE "order_id" = $1`, [orderId])) as Array<{ state: string }>;
  return rows[0]?.state;
}

/**
 * The escrow's ledger: its transactions (purpose and status, in order), the posted balance of each of its own
 * accounts on its normal side, and the platform fee its transactions earned.
 */
async function ledgerOf(orderId: string): Promise<{ transactions: string[]; held: bigint; sellerPayable: bigint; refundPayable: bigint; fee: bigint }> {
  const { id } = await escrow.escrow(orderId);
  const transactions = (await escrow.db.query(`SELECT "purpose", "status" FROM "escrow"."ledger_transactions" WHERE "escrow_id" = $1 ORDER BY "created_at", "purpose"`, [id])) as Array<{
    purpose: string;
    status: string;
  }>;
  const accounts = (await escrow.db.query(
    `SELECT "type", (CASE WHEN "normal_side" = 'CREDIT' THEN "posted_credits" - "posted_debits" ELSE "posted_debits" - "posted_credits" END)::text AS "balance"
       FROM "escrow"."ledger_accounts" WHERE "escrow_id" = $1`,
    [id],
  )) as Array<{ type: string; balance: string }>;
  const balance = (type: string): bigint => BigInt(accounts.find((a) => a.type === type)?.balance ?? '0');
  const [{ fee }] = (await escrow.db.query(
    `SELECT coalesce(sum(CASE WHEN e."side" = 'CREDIT' THEN e."amount" ELSE -e."amount" END), 0)::text AS "fee"
       FROM "escrow"."ledger_entries" e JOIN "escrow"."ledger_transactions" t ON t."id" = e."transaction_id" JOIN "escrow"."ledger_accounts" a ON a."id" = e."account_id"
      WHERE t."escrow_id" = $1 AND t."status" = 'POSTED' AND a."type" = 'PLATFORM_FEE_REVENUE'`,
    [id],
  )) as Array<{ fee: string }>;
  return {
    transactions: transactions.map((t) => `${t.purpose} ${t.status}`),
    held: balance('HELD_FUNDS'),
    sellerPayable: balance('SELLER_PAYABLE'),
    refundPayable: balance('BUYER_REFUND_PAYABLE'),
    fee: BigInt(fee),
  };
}

/**
 * Escrow's own ledger check (the whole ledger, on demand): the failures it finds about this escrow (every
 * transaction balances, stored totals equal the entries, funded + clawed back = released + fee + refunded + held, nothing
 * negative). Other tests' escrows share the database, so only this one's findings are read.
 */
async function ledgerCheckFailures(orderId: string): Promise<unknown[]> {
  const { id } = await escrow.escrow(orderId);
  const res = await escrow.call('POST', '/v1/ledger/checks', escrow.operatorToken('mediator'));
  expect(res.status).toBe(200);
  return (res.body.failures as Array<{ orderId: string | null; detail: string }>).filter((f) => f.orderId === orderId || f.detail.includes(id));
}

/** What either service dead-lettered about the order (a money event it failed to apply would land here). */
async function deadLetters(orderId: string): Promise<string[]> {
  const found: string[] = [];
  for (const [kit, schema] of [
    [escrow, 'escrow'],
    [disputes, 'disputes'],
  ] as const) {
    const rows = (await kit.db.query(`SELECT "event_type", "reason" FROM "${schema}"."dead_letters" WHERE "key" = $1`, [orderId])) as Array<{ event_type: string; reason: string }>;
    found.push(...rows.map((r) => `${schema}: ${r.event_type} ${r.reason}`));
  }
  return found;
}

// --- the two interleavings -------------------------------------------------------------------------------------

describe('a dispute filed in the last seconds of the inspection window while the release fires', () => {
  it('hold first: escrow holds, the release deadline releases nothing, the marketplace’s ACCEPT refunds in full', async () => {
    const { order, endsAt } = await deliveredOrder();
    const { orderId } = order;

    bothClocksTo(new Date(endsAt.getTime() - LAST_MOMENT));
    const disputeId = await fileDispute(order);
    const filed = await disputes.dispute(disputeId);
    expect(filed.openedAt.getTime()).toBeGreaterThanOrEqual(endsAt.getTime() - LAST_MOMENT);
    expect(filed.openedAt.getTime()).toBeLessThan(endsAt.getTime());

    // The hold request reaches escrow over Kafka; escrow's answer reaches disputes the same way.
    await waitFor(() => escrowState(orderId).then((s) => s === 'ON_HOLD'), { what: 'escrow to hold the money' });
    expect(await escrow.eventData(orderId, 'escrow.hold-accepted')).toEqual([expect.objectContaining({ disputeId, heldAmount: TOTAL, awaitingFunds: false })]);
    await waitFor(async () => (await disputes.dispute(disputeId)).moneyHeld === true, { what: 'disputes to record the money held' });

    // The window ends by escrow's clock (disputes' moves with it) and the release deadline is swept: nothing moves.
    escrow.advanceWithoutSweep(PAST_THE_END);
    disputes.advanceWithoutSweep(PAST_THE_END);
    await escrow.sweep();
    expect(await escrowState(orderId)).toBe('ON_HOLD');
    expect(await ledgerOf(orderId)).toEqual({ transactions: ['FUND POSTED'], held: BigInt(TOTAL), sellerPayable: 0n, refundPayable: 0n, fee: 0n });

    await marketplaceAccepts(disputeId);
    await waitFor(() => escrowState(orderId).then((s) => s === 'REFUNDED'), { what: 'escrow to refund the buyer' });

    // Escrow: one money outcome, the full refund; never released.
    expect(await escrow.eventTypes(orderId)).toEqual([
      'escrow.escrow-opened',
      'escrow.payment-received',
      'escrow.escrow-funded',
      'escrow.document-issued', // the funding receipt
      'escrow.inspection-started',
      'escrow.hold-accepted',
      'escrow.document-issued', // the dispute decision record
      'escrow.hold-released',
      'escrow.escrow-refunded',
      'escrow.document-issued', // the refund receipt
      'escrow.refund-instruction-issued',
    ]);
    expect(await escrow.eventData(orderId, 'escrow.escrow-refunded')).toEqual([expect.objectContaining({ refundType: 'FULL', amount: TOTAL, reason: 'DISPUTE_OUTCOME', disputeId })]);
    expect(await ledgerOf(orderId)).toEqual({ transactions: ['FUND POSTED', 'REFUND POSTED', 'SETTLE_REFUND PENDING'], held: 0n, sellerPayable: 0n, refundPayable: BigInt(TOTAL), fee: 0n });

    // Disputes: resolved with the money held, so no claw-back.
    expect(await disputes.dispute(disputeId)).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_FULL', moneyHeld: true, holdRefusalReason: null, clawbackRequestedAt: null });
    expect(await disputes.eventTypes(orderId)).toEqual([
      'disputes.dispute-opened',
      'disputes.hold-requested',
      'disputes.hold-outcome-recorded',
      'disputes.merchant-responded',
      'disputes.dispute-resolved',
    ]);
    expect(await disputes.eventData(orderId, 'disputes.hold-outcome-recorded')).toEqual([expect.objectContaining({ disputeId, outcome: 'ACCEPTED', moneyHeld: true, refusalReason: null })]);
    expect(await disputes.eventData(orderId, 'disputes.dispute-resolved')).toEqual([
      expect.objectContaining({ disputeId, outcome: 'REFUND_FULL', refundAmount: TOTAL, resolvedBy: 'MERCHANT_ACCEPTED', moneyHeld: true }),
    ]);
    expect(await ledgerCheckFailures(orderId)).toEqual([]);
    expect(await deadLetters(orderId)).toEqual([]);
  });

  it('release first: escrow releases by its clock, the hold filed in time by disputes’ clock is refused, the refund becomes a claw-back of it all (fee included)', async () => {
    const { order, endsAt } = await deliveredOrder();
    const { orderId } = order;

    bothClocksTo(new Date(endsAt.getTime() - LAST_MOMENT));
    // Escrow's clock alone passes the end of the window, and its release deadline fires before the complaint.
    escrow.advanceWithoutSweep(PAST_THE_END);
    await escrow.sweep();
    expect(await escrowState(orderId)).toBe('RELEASED');
    expect(await escrow.eventData(orderId, 'escrow.escrow-released')).toEqual([
      expect.objectContaining({ amount: TOTAL, feeAmount: FEE, sellerAmount: TO_SELLER, reason: 'INSPECTION_WINDOW_ELAPSED', disputeId: null }),
    ]);

    // By disputes' clock the window is still open (a few seconds left): the complaint is accepted.
    const disputeId = await fileDispute(order);
    expect((await disputes.dispute(disputeId)).openedAt.getTime()).toBeLessThan(endsAt.getTime());
    disputes.advanceWithoutSweep(PAST_THE_END); // the clocks agree again

    await waitFor(async () => (await disputes.dispute(disputeId)).moneyHeld === false, { what: 'disputes to record the refused hold' });
    expect(await escrow.eventData(orderId, 'escrow.hold-refused')).toEqual([expect.objectContaining({ disputeId, reason: 'ALREADY_RELEASED' })]);
    expect(await disputes.eventData(orderId, 'disputes.hold-outcome-recorded')).toEqual([
      expect.objectContaining({ disputeId, outcome: 'REFUSED', moneyHeld: false, refusalReason: 'ALREADY_RELEASED' }),
    ]);

    await marketplaceAccepts(disputeId);
    const resolved = await disputes.dispute(disputeId);
    expect(resolved).toMatchObject({ state: 'RESOLVED', outcome: 'REFUND_FULL', moneyHeld: false, holdRefusalReason: 'ALREADY_RELEASED' });
    expect(await disputes.eventTypes(orderId)).toEqual([
      'disputes.dispute-opened',
      'disputes.hold-requested',
      'disputes.hold-outcome-recorded',
      'disputes.merchant-responded',
      'disputes.dispute-resolved',
      'disputes.clawback-requested',
    ]);
    expect(await disputes.eventData(orderId, 'disputes.dispute-resolved')).toEqual([expect.objectContaining({ disputeId, outcome: 'REFUND_FULL', refundAmount: TOTAL, moneyHeld: false })]);
    expect(await disputes.eventData(orderId, 'disputes.clawback-requested')).toEqual([expect.objectContaining({ disputeId, amount: TOTAL, causeEventId: resolved.resolutionEventId })]);

    // Escrow records the claw-back request for operators and alerts them; it moves no money on its own.
    const request = await waitFor(
      async () => {
        const rows = (await escrow.db.query(`SELECT "dispute_id", "amount"::text AS "amount", "status", "action_id" FROM "escrow"."clawback_requests" WHERE "order_id" = $1`, [orderId])) as Array<
          Record<string, string | null>
        >;
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'escrow to record the claw-back request' },
    );
    expect(request).toEqual([{ dispute_id: disputeId, amount: String(TOTAL), status: 'OPEN', action_id: null }]);
    expect(await escrow.operatorAlerts({ orderId })).toEqual([expect.objectContaining({ code: 'CLAWBACK_REQUESTED', severity: 'WARNING', service: 'escrow' })]);

    // An admin proposes the claw-back of everything refunded (1,250,000: the seller's 1,225,000 and the platform's
    // 25,000 fee); nothing moves until a second admin approves.
    const [proposer, approver] = [randomUUID(), randomUUID()];
    const proposed = await escrow.call('POST', `/v1/escrows/${orderId}/manual-actions`, escrow.operatorToken('admin', proposer), {
      kind: 'CLAWBACK',
      amount: TOTAL,
      disputeId,
      reason: `Dispute ${disputeId}: refund after release`,
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ kind: 'CLAWBACK', amount: TOTAL, status: 'PROPOSED', disputeId });
    const actionId = String(proposed.body.actionId);
    const [linked] = (await escrow.db.query(`SELECT "status", "action_id" FROM "escrow"."clawback_requests" WHERE "order_id" = $1`, [orderId])) as Array<{ status: string; action_id: string }>;
    expect(linked).toEqual({ status: 'PROPOSED', action_id: actionId });

    // Escrow: released exactly once, never refunded; the hold refused; the claw-back only proposed.
    expect(await escrowState(orderId)).toBe('RELEASED');
    const beforeApproval = [
      'escrow.escrow-opened',
      'escrow.payment-received',
      'escrow.escrow-funded',
      'escrow.document-issued', // the funding receipt
      'escrow.inspection-started',
      'escrow.inspection-ended',
      'escrow.escrow-released',
      'escrow.document-issued', // the release receipt
      'escrow.payout-instruction-issued',
      'escrow.hold-refused',
      'escrow.manual-action-proposed',
    ];
    expect(await escrow.eventTypes(orderId)).toEqual(beforeApproval);
    expect(await escrow.eventData(orderId, 'escrow.manual-action-proposed')).toEqual([expect.objectContaining({ kind: 'CLAWBACK', amount: TOTAL, disputeId })]);
    expect(await ledgerOf(orderId)).toEqual({
      transactions: ['FUND POSTED', 'RELEASE POSTED', 'SETTLE_PAYOUT PENDING'],
      held: 0n,
      sellerPayable: BigInt(TO_SELLER),
      refundPayable: 0n,
      fee: BigInt(FEE),
    });

    // A second admin approves: the buyer is refunded the whole 1,250,000 (as if the money had been held: a refund
    // takes no fee), the platform returns its 25,000 fee and the seller owes the 1,225,000 they received.
    const approved = await escrow.call('POST', `/v1/escrows/${orderId}/manual-actions/${actionId}/approve`, escrow.operatorToken('admin', approver), { note: 'four eyes' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', proposedBy: proposer, decidedBy: approver });
    expect(await escrow.eventTypes(orderId)).toEqual([...beforeApproval, 'escrow.manual-action-decided', 'escrow.refund-instruction-issued', 'escrow.clawback-recorded']);
    expect(await escrow.eventData(orderId, 'escrow.refund-instruction-issued')).toEqual([expect.objectContaining({ kind: 'REFUND', amount: TOTAL, reason: 'DISPUTE_OUTCOME' })]);
    const refunds = (await escrow.db.query(`SELECT "amount"::text AS "amount", "cause_key" FROM "escrow"."instructions" WHERE "order_id" = $1 AND "kind" = 'REFUND'`, [orderId])) as Array<{
      amount: string;
      cause_key: string;
    }>;
    expect(refunds).toEqual([{ amount: String(TOTAL), cause_key: expect.stringContaining(`clawback:${actionId}`) }]);
    expect(await escrow.eventData(orderId, 'escrow.clawback-recorded')).toEqual([
      expect.objectContaining({ clawbackId: actionId, disputeId, amount: TOTAL, sellerId: expect.any(String), proposedBy: proposer, approvedBy: approver }),
    ]);
    const { sellerId } = await escrow.escrow(orderId);
    expect(await escrow.balance({ type: 'SELLER_RECEIVABLE', marketplaceId: marketplace.id, sellerId })).toBe(BigInt(TO_SELLER));
    expect(await ledgerOf(orderId)).toEqual({
      transactions: ['FUND POSTED', 'RELEASE POSTED', 'SETTLE_PAYOUT PENDING', 'CLAWBACK POSTED', 'SETTLE_REFUND PENDING'],
      held: 0n,
      sellerPayable: BigInt(TO_SELLER),
      refundPayable: BigInt(TOTAL),
      fee: 0n,
    });
    const [done] = (await escrow.db.query(`SELECT "status", "action_id" FROM "escrow"."clawback_requests" WHERE "order_id" = $1`, [orderId])) as Array<{ status: string; action_id: string }>;
    expect(done).toEqual({ status: 'DONE', action_id: actionId });
    expect(await escrowState(orderId)).toBe('RELEASED');

    // Escrow applied disputes.dispute-resolved (before the claw-back request on the same partition) as a no-op.
    expect(await ledgerCheckFailures(orderId)).toEqual([]);
    expect(await deadLetters(orderId)).toEqual([]);
  });
});
