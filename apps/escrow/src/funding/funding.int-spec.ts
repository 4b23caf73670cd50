/**
 * The payment partner edge of the escrow service against the real PostgreSQL, Redis and Kafka (an in-process
 * escrow app): exact funding, underpayment then top-up, overpayment, 50 concurrent duplicates funding once, a
 * partner not serving the order's marketplace (404), a forged signature (401, nothing recorded) and a bad body
 * (400 naming the field).
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type PartnerUpsertedV1, sampleEvent } from '@trustcircle/contracts';
import { generateApiKey, generateWebhookSecret, PartnerDirectoryWriter, PlatformKeyring, signWebhook, webhookSecretAad } from '@trustcircle/security';
import { createServiceApp } from '@trustcircle/service-kit';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { OpenEscrowUseCase } from '../escrow/application/open-escrow/open-escrow.use-case';
import { EscrowRecord } from '../escrow/infrastructure/escrow.orm-entity';
import { LedgerService } from '../ledger/application/ledger.service';

jest.setTimeout(60_000);

let app: NestExpressApplication;
let db: DataSource;
let marketplaceId: string;
let partner: { id: string; secret: string };

const SETTINGS = { inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] };

/** Applies a partner to the escrow directory as the partner topic would; returns its webhook secret (if any). */
async function registerPartner(kind: 'MARKETPLACE' | 'PAYMENT_PARTNER', marketplaceIds: string[] = []): Promise<{ id: string; secret: string }> {
  const id = randomUUID();
  const key = generateApiKey(kind);
  const secret = generateWebhookSecret();
  const sealed = app.get(PlatformKeyring).seal(secret.secret, webhookSecretAad(id, secret.id));
  const now = new Date().toISOString();
  const event: PartnerUpsertedV1 = {
    partnerId: id,
    kind,
    status: 'ACTIVE',
    name: `Test ${kind} ${id.slice(0, 8)}`,
    revision: 1,
    apiKeys: [{ keyId: key.keyId, sha256: key.sha256, createdAt: now, expiresAt: null }],
    webhookSecrets: kind === 'MARKETPLACE' ? [] : [{ id: secret.id, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: now, expiresAt: null }],
    marketplaceIds,
    settings: SETTINGS,
    updatedAt: now,
  };
  await db.transaction((m) => app.get(PartnerDirectoryWriter).applyPartner(m, event));
  return { id, secret: secret.secret };
}

/** Opens a PREPAID escrow as the `orders.order-placed` consumer would. */
async function openEscrow(totalAmount = 1_000_000, forMarketplace = marketplaceId): Promise<{ orderId: string; paymentReference: string }> {
  const orderId = randomUUID();
  const suffix = randomUUID().replace(/-/g, '').toUpperCase();
  const paymentReference = `TC${suffix.slice(0, 12)}`;
  const order = sampleEvent('orders.order-placed', {
    orderId,
    marketplaceId: forMarketplace,
    code: `TC-${suffix.slice(0, 4)}-${suffix.slice(4, 8)}`,
    paymentReference,
    totalAmount,
    paymentExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  await db.transaction((m) => app.get(OpenEscrowUseCase).execute(m, order));
  return { orderId, paymentReference };
}

function paymentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { partnerTxnId: `TXN-${randomUUID()}`, amount: 1_000_000, currency: 'VND', paidAt: new Date().toISOString(), ...overrides };
}

/** POSTs a payment signed by `as` (a new webhook message each call). */
async function pay(body: Record<string, unknown>, as = partner, opts: { signWith?: string } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const raw = JSON.stringify(body);
  const id = `msg_${randomUUID()}`;
  const ts = Math.floor(Date.now() / 1000);
  const port = (app.getHttpServer().address() as { port: number }).port;
  const res = await fetch(`http://127.0.0.1:${port}/v1/partners/${as.id}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(opts.signWith ?? as.secret, id, ts, raw) },
    body: raw,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function stateOf(orderId: string): Promise<string> {
  return (await db.manager.findOneByOrFail(EscrowRecord, { orderId })).state;
}

async function held(orderId: string): Promise<bigint> {
  const escrow = await db.manager.findOneByOrFail(EscrowRecord, { orderId });
  return (await app.get(LedgerService).balancesOf({ type: 'HELD_FUNDS', escrowId: escrow.id }))?.posted ?? 0n;
}

async function events(orderId: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
  const rows = (await db.query(`SELECT "type", "envelope" FROM "escrow"."outbox" WHERE "key" = $1 ORDER BY "seq"`, [orderId])) as Array<{ type: string; envelope: { data: Record<string, unknown> } }>;
  return rows.map((r) => ({ type: r.type, data: r.envelope.data }));
}

async function paymentCount(orderId: string): Promise<number> {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS "n" FROM "escrow"."payments" WHERE "order_id" = $1`, [orderId])) as Array<{ n: number }>;
  return n;
}

beforeAll(async () => {
  app = await createServiceApp(AppModule.forRoot({ ...process.env }), { service: 'escrow' });
  await app.listen(0, '127.0.0.1');
  db = app.get(getDataSourceToken());
  marketplaceId = (await registerPartner('MARKETPLACE')).id;
  partner = await registerPartner('PAYMENT_PARTNER', [marketplaceId]);
});

afterAll(async () => {
  await app?.close();
});

describe('POST /v1/partners/{partnerId}/payments', () => {
  it('funds an escrow paid exactly: FUNDED, held == amount, payment-received and escrow-funded recorded', async () => {
    const { orderId } = await openEscrow(1_000_000);
    const res = await pay(paymentBody({ orderId }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ paymentId: expect.any(String), orderId, escrowState: 'FUNDED', amount: 1_000_000, match: 'EXACT' });
    expect(await stateOf(orderId)).toBe('FUNDED');
    expect(await held(orderId)).toBe(1_000_000n);
    const recorded = await events(orderId);
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-funded']);
    expect(recorded[1].data).toMatchObject({ paymentId: res.body.paymentId, partnerId: partner.id, amount: 1_000_000, totalPaid: 1_000_000, match: 'EXACT', shortfall: 0, excess: 0, wasParked: false });
    expect(recorded[2].data).toMatchObject({ heldAmount: 1_000_000, source: 'PREPAID', excessAmount: 0 });
  });

  it('waits for a top-up after an underpayment (by payment reference), then funds', async () => {
    const { orderId, paymentReference } = await openEscrow(1_000_000);
    const first = await pay(paymentBody({ paymentReference, amount: 400_000 }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ orderId, escrowState: 'UNDERPAID', amount: 400_000, match: 'UNDERPAID' });
    expect(await stateOf(orderId)).toBe('UNDERPAID');
    const topUp = await pay(paymentBody({ paymentReference, amount: 600_000 }));
    expect(topUp.body).toMatchObject({ escrowState: 'FUNDED', amount: 600_000, match: 'EXACT' });
    expect(await stateOf(orderId)).toBe('FUNDED');
    expect(await held(orderId)).toBe(1_000_000n);
    const recorded = await events(orderId);
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-underpaid', 'escrow.payment-received', 'escrow.escrow-funded']);
    expect(recorded[2].data).toMatchObject({ expectedAmount: 1_000_000, paidAmount: 400_000, shortfall: 600_000 });
    expect(recorded[3].data).toMatchObject({ totalPaid: 1_000_000, match: 'EXACT' });
  });

  it('funds an overpaid escrow, records the excess, and takes a later payment as excess without moving the escrow', async () => {
    const { orderId } = await openEscrow(1_000_000);
    const res = await pay(paymentBody({ orderId, amount: 1_250_000 }));
    expect(res.body).toMatchObject({ escrowState: 'FUNDED', amount: 1_250_000, match: 'OVERPAID' });
    const [row] = (await db.query(`SELECT "excess_amount"::text AS "excess" FROM "escrow"."payments" WHERE "id" = $1`, [res.body.paymentId])) as Array<{ excess: string }>;
    expect(row.excess).toBe('250000');
    expect(await held(orderId)).toBe(1_250_000n);
    const late = await pay(paymentBody({ orderId, amount: 50_000 }));
    expect(late.body).toMatchObject({ escrowState: 'FUNDED', match: 'OVERPAID' });
    expect(await stateOf(orderId)).toBe('FUNDED');
    const recorded = await events(orderId);
    expect(recorded.map((e) => e.type)).toEqual(['escrow.escrow-opened', 'escrow.payment-received', 'escrow.escrow-funded', 'escrow.payment-received']);
    expect(recorded[2].data).toMatchObject({ heldAmount: 1_000_000, excessAmount: 250_000 });
    expect(recorded[3].data).toMatchObject({ excess: 50_000, totalPaid: 1_300_000 });
  });

  it('funds once for 50 concurrent duplicates of a partnerTxnId, all answered as the first', async () => {
    const { orderId } = await openEscrow(1_000_000);
    const body = paymentBody({ orderId });
    const answers = await Promise.all(Array.from({ length: 50 }, () => pay(body)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(answers[0].body).toMatchObject({ escrowState: 'FUNDED', match: 'EXACT' });
    expect(await paymentCount(orderId)).toBe(1);
    expect(await held(orderId)).toBe(1_000_000n);
    expect((await events(orderId)).filter((e) => e.type === 'escrow.payment-received')).toHaveLength(1);
  });

  it('answers 404 to a partner not serving the order’s marketplace, and to an unknown order, recording nothing', async () => {
    const { orderId } = await openEscrow(1_000_000);
    const stranger = await registerPartner('PAYMENT_PARTNER', [randomUUID()]);
    const foreign = await pay(paymentBody({ orderId }), stranger);
    const unknown = await pay(paymentBody({ orderId: randomUUID() }));
    expect([foreign.status, unknown.status]).toEqual([404, 404]);
    expect(foreign.body).toEqual({ ...unknown.body, instance: foreign.body.instance, correlationId: foreign.body.correlationId });
    expect(foreign.body).toMatchObject({ type: expect.stringContaining('order-not-found'), status: 404 });
    expect(await paymentCount(orderId)).toBe(0);
    expect(await stateOf(orderId)).toBe('AWAITING_FUNDING');
  });

  it('answers 401 to a forged signature and records nothing', async () => {
    const { orderId } = await openEscrow(1_000_000);
    const res = await pay(paymentBody({ orderId }), partner, { signWith: generateWebhookSecret().secret });
    expect(res.status).toBe(401);
    expect(await paymentCount(orderId)).toBe(0);
    expect(await held(orderId)).toBe(0n);
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
    const { orderId } = await openEscrow(1_000_000);
    const res = await pay(paymentBody({ orderId, ...overrides }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await paymentCount(orderId)).toBe(0);
  });

  it('answers 400 naming orderId when neither orderId nor paymentReference is given', async () => {
    const res = await pay(paymentBody());
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'orderId' })]));
  });
});
