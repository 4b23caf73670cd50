/**
 * Parked payments against the real PostgreSQL, Redis and Kafka (an in-process escrow app): a payment that beats
 * its order event is accepted (202) and parked in suspense, matched when the order's escrow opens (by order id
 * or by payment reference), never matched to an order of a marketplace its partner does not serve, answered as
 * the first on repeats, and refunded with an operator alert when its match deadline passes.
 */
import { randomUUID } from 'node:crypto';
import { EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';

jest.setTimeout(60_000);

const MATCH_MINUTES = 60;

let kit: EscrowTestKit;
let marketplaceId: string;
let partner: TestPartner;

beforeAll(async () => {
  kit = await EscrowTestKit.start({ PARKED_PAYMENT_MATCH_MINUTES: String(MATCH_MINUTES) });
  marketplaceId = (await kit.registerPartner('MARKETPLACE')).id;
  partner = await kit.registerPartner('PAYMENT_PARTNER', [marketplaceId]);
});

afterAll(async () => {
  await kit?.close();
});

/** A new order id and payment reference, not known to escrow yet. */
function futureOrder(): { orderId: string; paymentReference: string } {
  return { orderId: randomUUID(), paymentReference: `TC${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}` };
}

function suspense(paymentId: string): Promise<bigint> {
  return kit.balance({ type: 'SUSPENSE', paymentId });
}

async function paymentRow(paymentId: string): Promise<{ status: string; escrow_id: string | null; order_id: string | null; match: string | null; matched_at: Date | null }> {
  const [row] = (await kit.db.query(`SELECT "status", "escrow_id", "order_id", "match", "matched_at" FROM "escrow"."payments" WHERE "id" = $1`, [paymentId])) as Array<{
    status: string;
    escrow_id: string | null;
    order_id: string | null;
    match: string | null;
    matched_at: Date | null;
  }>;
  return row;
}

async function pendingExpiry(paymentId: string): Promise<number> {
  const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."deadlines" WHERE "kind" = 'parked-payment-expiry' AND "subject_id" = $1 AND "status" = 'PENDING'`, [
    paymentId,
  ])) as Array<{ n: number }>;
  return n;
}

describe('parked payments', () => {
  it('parks a payment for an order not known yet (202, payment-parked, suspense), then matches it when the order opens: FUNDED, wasParked, suspense 0, held = amount', async () => {
    const future = futureOrder();
    const before = kit.now().getTime();
    const parked = await kit.pay(partner, { orderId: future.orderId, amount: 1_000_000 });
    expect(parked.status).toBe(202);
    expect(parked.body).toEqual({
      paymentId: expect.any(String),
      status: 'PARKED',
      orderId: future.orderId,
      paymentReference: null,
      amount: 1_000_000,
      matchDeadline: expect.any(String),
      escrowState: null,
      match: null,
    });
    const paymentId = parked.body.paymentId as string;
    const deadline = new Date(parked.body.matchDeadline as string).getTime();
    expect(deadline - before).toBeGreaterThanOrEqual(MATCH_MINUTES * 60_000);
    expect(deadline - before).toBeLessThan(MATCH_MINUTES * 60_000 + 30_000);
    const parkedEvents = await kit.events(paymentId);
    expect(parkedEvents.map((e) => e.type)).toEqual(['escrow.payment-parked']);
    expect(parkedEvents[0].data).toMatchObject({ paymentId, partnerId: partner.id, claimedOrderId: future.orderId, paymentReference: null, amount: 1_000_000, matchDeadline: parked.body.matchDeadline });
    expect(await suspense(paymentId)).toBe(1_000_000n);
    expect(await pendingExpiry(paymentId)).toBe(1);

    await kit.openEscrow(marketplaceId, { orderId: future.orderId, paymentReference: future.paymentReference, totalAmount: 1_000_000 });

    expect((await kit.escrow(future.orderId)).state).toBe('FUNDED');
    expect(await suspense(paymentId)).toBe(0n);
    expect(await kit.held(future.orderId)).toBe(1_000_000n);
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'MATCHED', order_id: future.orderId, match: 'EXACT', matched_at: expect.any(Date) });
    expect(await pendingExpiry(paymentId)).toBe(0);
    const recorded = await kit.events(future.orderId);
    expect(recorded.map((e) => e.type)).toEqual(expect.arrayContaining(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-funded']));
    const types = recorded.map((e) => e.type);
    expect(types[0]).toBe('escrow.escrow-opened');
    expect(types.indexOf('escrow.payment-received')).toBeLessThan(types.indexOf('escrow.escrow-funded'));
    expect(recorded.find((e) => e.type === 'escrow.payment-received')?.data).toMatchObject({ paymentId, partnerId: partner.id, amount: 1_000_000, totalPaid: 1_000_000, match: 'EXACT', wasParked: true });
  });

  it('parks payments by payment reference and matches them oldest first when the order opens (underpaid, then topped up)', async () => {
    const future = futureOrder();
    const first = await kit.pay(partner, { paymentReference: future.paymentReference, amount: 400_000 });
    const second = await kit.pay(partner, { paymentReference: future.paymentReference, amount: 600_000 });
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(first.body).toMatchObject({ status: 'PARKED', orderId: null, paymentReference: future.paymentReference, amount: 400_000 });

    await kit.openEscrow(marketplaceId, { orderId: future.orderId, paymentReference: future.paymentReference, totalAmount: 1_000_000 });

    expect((await kit.escrow(future.orderId)).state).toBe('FUNDED');
    expect(await kit.held(future.orderId)).toBe(1_000_000n);
    expect(await paymentRow(first.body.paymentId as string)).toMatchObject({ status: 'MATCHED', match: 'UNDERPAID' });
    expect(await paymentRow(second.body.paymentId as string)).toMatchObject({ status: 'MATCHED', match: 'EXACT' });
    const received = (await kit.events(future.orderId)).filter((e) => ['escrow.payment-received', 'escrow.escrow-underpaid', 'escrow.escrow-funded'].includes(e.type));
    expect(received.map((e) => e.type)).toEqual(['escrow.payment-received', 'escrow.escrow-underpaid', 'escrow.payment-received', 'escrow.escrow-funded']);
    expect(received[0].data).toMatchObject({ paymentId: first.body.paymentId, totalPaid: 400_000, shortfall: 600_000, wasParked: true });
    expect(received[2].data).toMatchObject({ paymentId: second.body.paymentId, totalPaid: 1_000_000, match: 'EXACT', wasParked: true });
  });

  it('parks concurrent duplicates once and answers a repeat as the first (202), with the payment’s current status after the match', async () => {
    const future = futureOrder();
    const body = { orderId: future.orderId, partnerTxnId: `TXN-${randomUUID()}`, amount: 1_000_000, currency: 'VND', paidAt: new Date().toISOString() };
    const answers = await Promise.all(Array.from({ length: 10 }, () => kit.pay(partner, body)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(202));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    const paymentId = answers[0].body.paymentId as string;
    expect((await kit.events(paymentId)).filter((e) => e.type === 'escrow.payment-parked')).toHaveLength(1);
    expect(await suspense(paymentId)).toBe(1_000_000n);

    await kit.openEscrow(marketplaceId, { orderId: future.orderId, paymentReference: future.paymentReference, totalAmount: 1_000_000 });
    const later = await kit.pay(partner, body);
    expect(later.status).toBe(202);
    expect(later.body).toEqual({ ...answers[0].body, status: 'MATCHED', escrowState: 'FUNDED', match: 'EXACT' });
    expect((await kit.events(future.orderId)).filter((e) => e.type === 'escrow.payment-received')).toHaveLength(1);
    expect(await kit.held(future.orderId)).toBe(1_000_000n);
  });

  it('does not match a parked payment to an order of a marketplace its partner does not serve: it stays parked', async () => {
    const future = futureOrder();
    const otherMarketplace = (await kit.registerPartner('MARKETPLACE')).id;
    const parked = await kit.pay(partner, { orderId: future.orderId });
    expect(parked.status).toBe(202);

    await kit.openEscrow(otherMarketplace, { orderId: future.orderId, paymentReference: future.paymentReference, totalAmount: 1_000_000 });

    expect((await kit.escrow(future.orderId)).state).toBe('AWAITING_FUNDING');
    expect(await kit.held(future.orderId)).toBe(0n);
    expect(await paymentRow(parked.body.paymentId as string)).toMatchObject({ status: 'PARKED', escrow_id: null, order_id: null });
    expect(await suspense(parked.body.paymentId as string)).toBe(1_000_000n);
    expect(await pendingExpiry(parked.body.paymentId as string)).toBe(1);
    expect(await kit.eventTypes(future.orderId)).not.toContain('escrow.payment-received');
    // The order is known now: a new payment for it from this partner is refused, not parked.
    expect((await kit.pay(partner, { orderId: future.orderId })).status).toBe(404);
  });

  it('answers 404 to a payment reference longer than any order’s (it can never match), recording nothing', async () => {
    const txn = `TXN-${randomUUID()}`;
    const res = await kit.pay(partner, { paymentReference: `TC${'X'.repeat(60)}`, partnerTxnId: txn });
    expect(res.status).toBe(404);
    const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."payments" WHERE "partner_txn_id" = $1`, [txn])) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  // Last: it moves the app's clock past every parked payment's deadline (it would expire the other tests' payments).
  it('expires a payment still unmatched after PARKED_PAYMENT_MATCH_MINUTES: EXPIRED, a refund instruction against it, parked-payment-expired, an operator alert', async () => {
    const future = futureOrder();
    const parked = await kit.pay(partner, { orderId: future.orderId, amount: 700_000 });
    expect(parked.status).toBe(202);
    const paymentId = parked.body.paymentId as string;

    await kit.advance((MATCH_MINUTES - 1) * 60_000);
    expect((await paymentRow(paymentId)).status).toBe('PARKED');
    await kit.advance(2 * 60_000);

    expect((await paymentRow(paymentId)).status).toBe('EXPIRED');
    const instructions = (await kit.db.query(`SELECT "id", "kind", "amount"::text AS "amount", "reason", "escrow_id", "payment_id" FROM "escrow"."instructions" WHERE "payment_id" = $1`, [
      paymentId,
    ])) as Array<{ id: string; kind: string; amount: string; reason: string; escrow_id: string | null; payment_id: string }>;
    expect(instructions).toEqual([{ id: expect.any(String), kind: 'REFUND', amount: '700000', reason: 'UNMATCHED_PAYMENT', escrow_id: null, payment_id: paymentId }]);
    const expired = (await kit.events(paymentId)).find((e) => e.type === 'escrow.parked-payment-expired');
    expect(expired?.data).toMatchObject({ paymentId, partnerId: partner.id, amount: 700_000, refundInstructionId: instructions[0].id });
    const [alert] = await kit.operatorAlerts({ mentioning: paymentId });
    expect(alert).toMatchObject({ severity: 'WARNING', code: 'PARKED_PAYMENT_UNMATCHED', service: 'escrow', orderId: future.orderId });
    // The money stays in suspense until the partner settles the refund.
    expect(await suspense(paymentId)).toBe(700_000n);

    // The order arriving now finds nothing to match: the payment is being refunded.
    await kit.openEscrow(marketplaceId, { orderId: future.orderId, paymentReference: future.paymentReference, totalAmount: 700_000 });
    expect((await kit.escrow(future.orderId)).state).toBe('AWAITING_FUNDING');
    expect((await paymentRow(paymentId)).status).toBe('EXPIRED');
  });
});
