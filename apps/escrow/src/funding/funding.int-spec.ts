/**
 * The payment partner edge of the escrow service against the real PostgreSQL, Redis and Kafka (an in-process
 * escrow app): exact funding, underpayment then top-up, overpayment, 50 concurrent duplicates funding once, a
 * partner not serving the order's marketplace (404), an order not known yet (202, parked), a forged signature (401, nothing recorded) and a bad body
 * (400 naming the field).
 */
import { randomUUID } from 'node:crypto';
import { generateWebhookSecret } from '@trustcircle/security';
import { EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let partner: TestPartner;

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
});

afterAll(async () => {
  await kit?.close();
});

async function stateOf(orderId: string): Promise<string> {
  return (await kit.escrow(orderId)).state;
}

async function paymentCount(orderId: string): Promise<number> {
  const [{ n }] = (await kit.db.query(`SELECT count(*)::int AS "n" FROM "escrow"."payments" WHERE "order_id" = $1`, [orderId])) as Array<{ n: number }>;
  return n;
}

describe('POST /v1/partners/{partnerId}/payments', () => {
  it('funds an escrow paid exactly: FUNDED, held == amount, payment-received and escrow-funded recorded', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const res = await kit.pay(partner, { orderId });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ paymentId: expect.any(String), orderId, escrowState: 'FUNDED', amount: 1_000_000, match: 'EXACT' });
    expect(await stateOf(orderId)).toBe('FUNDED');
    expect(await kit.held(orderId)).toBe(1_000_000n);
    const recorded = await kit.events(orderId);
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-funded']);
    expect(recorded[1].data).toMatchObject({ paymentId: res.body.paymentId, partnerId: partner.id, amount: 1_000_000, totalPaid: 1_000_000, match: 'EXACT', shortfall: 0, excess: 0, wasParked: false });
    expect(recorded[2].data).toMatchObject({ heldAmount: 1_000_000, source: 'PREPAID', excessAmount: 0 });
  });

  it('waits for a top-up after an underpayment (by payment reference), then funds', async () => {
    const { orderId, paymentReference } = await kit.openEscrow(marketplace.id);
    const first = await kit.pay(partner, { paymentReference, amount: 400_000 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ orderId, escrowState: 'UNDERPAID', amount: 400_000, match: 'UNDERPAID' });
    expect(await stateOf(orderId)).toBe('UNDERPAID');
    const topUp = await kit.pay(partner, { paymentReference, amount: 600_000 });
    expect(topUp.body).toMatchObject({ escrowState: 'FUNDED', amount: 600_000, match: 'EXACT' });
    expect(await stateOf(orderId)).toBe('FUNDED');
    expect(await kit.held(orderId)).toBe(1_000_000n);
    const recorded = await kit.events(orderId);
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-underpaid', 'escrow.payment-received', 'escrow.escrow-funded']);
    expect(recorded[2].data).toMatchObject({ expectedAmount: 1_000_000, paidAmount: 400_000, shortfall: 600_000 });
    expect(recorded[3].data).toMatchObject({ totalPaid: 1_000_000, match: 'EXACT' });
  });

  it('funds an overpaid escrow and refunds the excess at once; a later payment is refunded whole', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const res = await kit.pay(partner, { orderId, amount: 1_250_000 });
    expect(res.body).toMatchObject({ escrowState: 'FUNDED', amount: 1_250_000, match: 'OVERPAID' });
    const [row] = (await kit.db.query(`SELECT "excess_amount"::text AS "excess" FROM "escrow"."payments" WHERE "id" = $1`, [res.body.paymentId])) as Array<{ excess: string }>;
    expect(row.excess).toBe('250000');
    expect(await kit.held(orderId)).toBe(1_000_000n);
    const late = await kit.pay(partner, { orderId, amount: 50_000 });
    expect(late.body).toMatchObject({ escrowState: 'FUNDED', match: 'OVERPAID' });
    expect(await stateOf(orderId)).toBe('FUNDED');
    expect(await kit.held(orderId)).toBe(1_000_000n);
    const recorded = await kit.events(orderId);
    expect(recorded.map((e) => e.type)).toEqual([
      'escrow.escrow-opened',
      'escrow.payment-received',
      'escrow.escrow-funded',
      'escrow.refund-instruction-issued',
      'escrow.payment-received',
      'escrow.refund-instruction-issued',
    ]);
    expect(recorded[2].data).toMatchObject({ heldAmount: 1_000_000, excessAmount: 250_000 });
    expect(recorded[3].data).toMatchObject({ amount: 250_000, reason: 'OVERPAYMENT', beneficiary: { party: 'BUYER', destination: 'ORIGINAL_PAYMENT' } });
    expect(recorded[4].data).toMatchObject({ excess: 50_000, totalPaid: 1_300_000 });
    expect(recorded[5].data).toMatchObject({ amount: 50_000, reason: 'OVERPAYMENT' });
  });

  it('funds once for 50 concurrent duplicates of a partnerTxnId, all answered as the first', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const body = { orderId, partnerTxnId: `TXN-${randomUUID()}`, paidAt: new Date().toISOString() }; // the very same message body each time
    const answers = await Promise.all(Array.from({ length: 50 }, () => kit.pay(partner, body)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(answers[0].body).toMatchObject({ escrowState: 'FUNDED', match: 'EXACT' });
    expect(await paymentCount(orderId)).toBe(1);
    expect(await kit.held(orderId)).toBe(1_000_000n);
    expect((await kit.events(orderId)).filter((e) => e.type === 'escrow.payment-received')).toHaveLength(1);
  });

  it('answers 404 to a partner not serving the order’s marketplace, recording nothing, and parks (202) a payment for an order not known yet', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const stranger = await kit.registerPartner('PAYMENT_PARTNER', [randomUUID()]);
    const foreign = await kit.pay(stranger, { orderId });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ type: expect.stringContaining('order-not-found'), status: 404 });
    expect(await paymentCount(orderId)).toBe(0);
    expect(await stateOf(orderId)).toBe('AWAITING_FUNDING');
    const unknownOrderId = randomUUID();
    const unknown = await kit.pay(partner, { orderId: unknownOrderId });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toMatchObject({ status: 'PARKED', orderId: unknownOrderId, escrowState: null, match: null });
  });

  it('answers 401 to a forged signature and records nothing', async () => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const res = await kit.pay(partner, { orderId }, { signWith: generateWebhookSecret().secret });
    expect(res.status).toBe(401);
    expect(await paymentCount(orderId)).toBe(0);
    expect(await kit.held(orderId)).toBe(0n);
    expect(await stateOf(orderId)).toBe('AWAITING_FUNDING');
  });

  it.each<[string, Record<string, unknown>]>([
    ['amount', { amount: 0 }],
    ['amount', { amount: 1000.5 }],
    ['currency', { currency: 'USD' }],
    ['paidAt', { paidAt: 'yesterday' }],
    ['partnerTxnId', { partnerTxnId: 'x'.repeat(101) }],
    ['orderId', { orderId: 'not-a-uuid' }],
    ['orderId', { paymentReference: 'TCX' }],
  ])('answers 400 naming %s for a bad body, recording nothing', async (field, overrides) => {
    const { orderId } = await kit.openEscrow(marketplace.id);
    const res = await kit.pay(partner, { orderId, ...overrides });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await paymentCount(orderId)).toBe(0);
  });

  it('answers 400 naming orderId when neither orderId nor paymentReference is given', async () => {
    const res = await kit.pay(partner, {});
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'orderId' })]));
  });
});
