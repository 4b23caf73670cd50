/**
 * The payment partner edge of the escrow service against the real PostgreSQL, Redis and Kafka (an in-process
 * escrow app): exact funding, underpayment then top-up, overpayment, 50 concurrent duplicates funding once, a
 * partner not serving the order's marketplace (404), an order not known yet (202, parked), a forged signature (401, nothing recorded) and a bad body
 * (400 naming the field). A short or excess payment raises one FUNDING_MISMATCH operator alert, read back from
 * `platform.alerts.v1` on Kafka: once per payment, however often the partner retries its webhook.
 */
import { randomUUID } from 'node:crypto';
import { EVENT_HEADERS, type EventOf, TOPICS } from '@trustcircle/contracts';
import { createKafka } from '@trustcircle/messaging';
import { generateWebhookSecret } from '@trustcircle/security';
import { waitFor } from '@trustcircle/testing';
import type { Consumer } from 'kafkajs';
import { EscrowTestKit, type TestPartner } from '../testing/escrow-test-kit';

jest.setTimeout(60_000);

let kit: EscrowTestKit;
let marketplace: TestPartner;
let partner: TestPartner;
let alertsTap: Consumer;
/** The FUNDING_MISMATCH alerts escrow published on `platform.alerts.v1` (from the topic's beginning), with their Kafka key. */
const fundingAlerts: Array<{ key: string; event: EventOf<'platform.operator-alert-raised'> }> = [];

beforeAll(async () => {
  ({ kit, marketplace, partner } = await EscrowTestKit.startWithPartners());
  alertsTap = createKafka({ clientId: 'test-funding-alerts', brokers: String(process.env.KAFKA_BROKERS).split(',') }).consumer({
    groupId: `test-funding-alerts-${randomUUID()}`,
    maxWaitTimeInMs: 100,
  });
  await alertsTap.connect();
  await alertsTap.subscribe({ topic: TOPICS.platformAlerts.name, fromBeginning: true });
  await alertsTap.run({
    eachMessage: async ({ message }) => {
      if (message.headers?.[EVENT_HEADERS.producer]?.toString() !== 'escrow' || !message.value) return;
      const event = JSON.parse(message.value.toString()) as EventOf<'platform.operator-alert-raised'>;
      if (event.data.code === 'FUNDING_MISMATCH') fundingAlerts.push({ key: message.key?.toString() ?? '', event });
    },
  });
});

afterAll(async () => {
  await alertsTap?.disconnect();
  await kit?.close();
});

/** The FUNDING_MISMATCH alerts about an order on Kafka, once every one escrow recorded for it has been published. */
async function publishedFundingAlerts(orderId: string): Promise<Array<{ key: string; event: EventOf<'platform.operator-alert-raised'> }>> {
  const recorded = (await kit.db.query(`SELECT "id", "key", "topic" FROM "escrow"."outbox" WHERE "type" = 'platform.operator-alert-raised' AND "envelope"->'data'->>'orderId' = $1`, [
    orderId,
  ])) as Array<{ id: string; key: string; topic: string }>;
  for (const r of recorded) expect(r.topic).toBe(TOPICS.platformAlerts.name);
  await waitFor(() => recorded.every((r) => fundingAlerts.some((a) => a.event.id === r.id)), { what: `the funding alerts of ${orderId} on ${TOPICS.platformAlerts.name}`, timeoutMs: 20_000 });
  return fundingAlerts.filter((a) => a.event.data.orderId === orderId);
}

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
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-funded', 'escrow.document-issued']); // the funding receipt
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
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-underpaid', 'escrow.payment-received', 'escrow.escrow-funded', 'escrow.document-issued']);
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
      'escrow.document-issued',
      'escrow.refund-instruction-issued',
      'escrow.payment-received',
      'escrow.refund-instruction-issued',
    ]);
    expect(recorded[2].data).toMatchObject({ heldAmount: 1_000_000, excessAmount: 250_000 });
    expect(recorded[4].data).toMatchObject({ amount: 250_000, reason: 'OVERPAYMENT', beneficiary: { party: 'BUYER', destination: 'ORIGINAL_PAYMENT' } });
    expect(recorded[5].data).toMatchObject({ excess: 50_000, totalPaid: 1_300_000 });
    expect(recorded[6].data).toMatchObject({ amount: 50_000, reason: 'OVERPAYMENT' });
  });

  it('raises one FUNDING_MISMATCH alert on platform.alerts per short or excess payment (none for an exact one), never twice for a retried webhook', async () => {
    // Short, retried twice (the very same message), then topped up exactly.
    const short = await kit.openEscrow(marketplace.id);
    const shortBody = { orderId: short.orderId, partnerTxnId: `TXN-${randomUUID()}`, amount: 400_000, paidAt: new Date().toISOString() };
    const first = await kit.pay(partner, shortBody);
    expect(first.body).toMatchObject({ escrowState: 'UNDERPAID', match: 'UNDERPAID' });
    for (const retry of [await kit.pay(partner, shortBody), await kit.pay(partner, shortBody)]) expect(retry.body).toEqual(first.body);
    expect((await kit.pay(partner, { orderId: short.orderId, amount: 600_000 })).body).toMatchObject({ escrowState: 'FUNDED', match: 'EXACT' });
    const underpaid = await publishedFundingAlerts(short.orderId);
    expect(underpaid).toHaveLength(1);
    expect(underpaid[0].key).toBe(underpaid[0].event.data.alertId);
    expect(underpaid[0].event).toMatchObject({ type: 'platform.operator-alert-raised', producer: 'escrow', key: underpaid[0].event.data.alertId });
    expect(underpaid[0].event.data).toMatchObject({ severity: 'WARNING', code: 'FUNDING_MISMATCH', service: 'escrow', orderId: short.orderId });
    expect(underpaid[0].event.data.message).toContain(`payment ${String(first.body.paymentId)}`);
    expect(underpaid[0].event.data.message).toContain('expects 1000000 VND and has received 400000 VND, 600000 VND short');
    expect(underpaid[0].event.data.message).toContain('awaiting a top-up');
    expect(underpaid[0].event.data.message).not.toContain(short.paymentReference);

    // Too much (retried at once, 5 times concurrently), then a late payment to the funded escrow.
    const over = await kit.openEscrow(marketplace.id);
    const overBody = { orderId: over.orderId, partnerTxnId: `TXN-${randomUUID()}`, amount: 1_250_000, paidAt: new Date().toISOString() };
    const answers = await Promise.all(Array.from({ length: 5 }, () => kit.pay(partner, overBody)));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(answers[0].body).toMatchObject({ escrowState: 'FUNDED', match: 'OVERPAID' });
    const late = await kit.pay(partner, { orderId: over.orderId, amount: 50_000 });
    expect(late.body).toMatchObject({ escrowState: 'FUNDED', match: 'OVERPAID' });
    const overpaid = await publishedFundingAlerts(over.orderId);
    expect(overpaid.map((a) => a.event.data.message)).toEqual([
      expect.stringContaining(`payment ${String(answers[0].body.paymentId)} (partner ${partner.id}, transaction ${overBody.partnerTxnId}) of 1250000 VND`),
      expect.stringContaining(`payment ${String(late.body.paymentId)}`),
    ]);
    expect(overpaid[0].event.data.message).toContain('the excess 250000 VND is refunded');
    expect(overpaid[1].event.data.message).toContain('is FUNDED. The escrow is unchanged; the whole 50000 VND is refunded');
    expect(new Set(overpaid.map((a) => a.key)).size).toBe(2);

    // An exact payment raises none.
    const exact = await kit.openEscrow(marketplace.id);
    expect((await kit.pay(partner, { orderId: exact.orderId })).body).toMatchObject({ match: 'EXACT' });
    expect(await kit.operatorAlerts({ orderId: exact.orderId })).toEqual([]);
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
