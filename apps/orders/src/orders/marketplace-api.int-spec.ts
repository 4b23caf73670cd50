/**
 * The marketplace API and the Kafka intake of the orders service, against the real PostgreSQL, Redis and Kafka:
 * the validation table (every rule refused with a problem naming the field, nothing stored anywhere),
 * Vietnamese text, tenant isolation, cursor pagination, cancellation requests, and intake over Kafka (records
 * signed by their marketplace; a forged or unsigned one is dead-lettered and places no order).
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { INTAKE_HEADERS, orderIntakeKey } from '@trustcircle/contracts';
import { generateWebhookSecret, PlatformKeyring, signIntakeRecord, webhookSecretAad } from '@trustcircle/security';
import { REDIS } from '@trustcircle/redis';
import { waitFor } from '@trustcircle/testing';
import type Redis from 'ioredis';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { orderBody, registerMarketplace, startOrdersApp, urlOf } from './testing/orders-test-app';

jest.setTimeout(60_000);

let app: NestExpressApplication;
let db: DataSource;
let redis: Redis;
let shop: SigningMarketplace;
let other: SigningMarketplace;
let producer: Producer;

function post(path: string, body: unknown, apiKey = shop.apiKey, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(urlOf(app, path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function get(path: string, apiKey = shop.apiKey): Promise<Response> {
  return fetch(urlOf(app, path), { headers: { authorization: `Bearer ${apiKey}` } });
}

/** A marketplace with its API key and its webhook signing secret (which signs its Kafka intake records). */
interface SigningMarketplace {
  id: string;
  apiKey: string;
  secret: string;
}

async function signingMarketplace(): Promise<SigningMarketplace> {
  const id = randomUUID();
  const { id: secretId, secret } = generateWebhookSecret();
  const sealed = app.get(PlatformKeyring).seal(secret, webhookSecretAad(id, secretId));
  const webhookSecrets = [{ id: secretId, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: new Date().toISOString(), expiresAt: null }];
  const { apiKey } = await registerMarketplace(app, { partnerId: id, webhookSecrets });
  return { id, apiKey, secret };
}

async function countWhere(sql: string, params: unknown[]): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params)) as Array<{ n: number }>;
  return row.n;
}

beforeAll(async () => {
  app = await startOrdersApp();
  db = app.get(getDataSourceToken());
  redis = app.get(REDIS);
  shop = await signingMarketplace();
  other = await signingMarketplace();
  producer = new Kafka({ clientId: 'orders-int', brokers: (process.env.KAFKA_BROKERS as string).split(','), logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await app?.close();
});

const long = (n: number): string => 'x'.repeat(n);
const item = { sku: 'A', name: 'A', quantity: 1, unitPrice: 1000 };
const VALIDATION_TABLE: Array<[string, string, Record<string, unknown>]> = [
  ['total not items plus shipping', 'totalAmount', { totalAmount: 1_234_999 }],
  ['negative unit price', 'items.0.unitPrice', { items: [{ ...item, unitPrice: -1 }], totalAmount: 34_999 }],
  ['fractional shipping fee', 'shippingFee', { shippingFee: 35_000.5 }],
  ['non-numeric total', 'totalAmount', { totalAmount: '1235000' }],
  ['unit price over 10 billion VND', 'items.0.unitPrice', { items: [{ ...item, unitPrice: 10_000_000_001 }], totalAmount: 10_000_035_001 }],
  ['more than 200 items', 'items', { items: Array.from({ length: 201 }, () => item), totalAmount: 201 * 1000 + 35_000 }],
  ['no items', 'items', { items: [], totalAmount: 35_000 }],
  ['zero quantity', 'items.0.quantity', { items: [{ ...item, quantity: 0 }], totalAmount: 35_000 }],
  ['external id over 100 characters', 'externalId', { externalId: long(101) }],
  ['buyer name over 200 characters', 'buyer.name', { buyer: { name: long(201), phone: '0901234567' } }],
  ['item name over 500 characters', 'items.0.name', { items: [{ ...item, name: long(501) }], totalAmount: 36_000 }],
  ['note over 1000 characters', 'note', { note: long(1001) }],
  ['unknown field', 'discount', { discount: 5 }],
  ['unknown nested field', 'buyer.vip', { buyer: { name: 'An', phone: '0901234567', vip: true } }],
  ['buyer as a string', 'buyer', { buyer: 'An' }],
  ['items as an object', 'items', { items: { sku: 'A' } }],
  ['quantity as a string', 'items.0.quantity', { items: [{ ...item, quantity: '1' }], totalAmount: 36_000 }],
  ['a foreign phone', 'buyer.phone', { buyer: { name: 'An', phone: '+14155550123' } }],
  ['a malformed email', 'buyer.email', { buyer: { name: 'An', phone: '0901234567', email: 'not-an-email' } }],
  ['another currency', 'currency', { currency: 'USD' }],
  ['an unknown payment method', 'paymentMethod', { paymentMethod: 'CARD' }],
  ['an inspection window over 30 days', 'inspectionDays', { inspectionDays: 31 }],
  ['a ship-by window under 1 day', 'shipByDays', { shipByDays: 0 }],
  ['no external id', 'externalId', { externalId: undefined }],
  ['no seller', 'seller', { seller: undefined }],
];

describe('POST /v1/orders validation', () => {
  it.each(VALIDATION_TABLE)('refuses %s with a 400 naming %s, and stores nothing', async (_name, field, change) => {
    const body = orderBody(change);
    const idempotencyKey = randomUUID();
    const keysBefore = (await redis.keys('tc:orders:idem:*')).length;
    const res = await post('/v1/orders', body, shop.apiKey, { 'idempotency-key': idempotencyKey });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as { errors?: Array<{ field: string }>; field?: string };
    expect([...(problem.errors ?? []).map((e) => e.field), problem.field]).toContain(field);
    if (typeof body.externalId === 'string') {
      expect(await countWhere('SELECT 1 FROM orders WHERE external_id = $1', [body.externalId])).toBe(0);
      expect(await countWhere("SELECT 1 FROM outbox WHERE envelope->'data'->>'externalId' = $1", [body.externalId])).toBe(0);
    }
    expect((await redis.keys('tc:orders:idem:*')).length).toBe(keysBefore);
  });

  it('refuses malformed JSON with a 400 problem', async () => {
    const res = await post('/v1/orders', '{"externalId": "A",');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { type: string }).type).toMatch(/malformed-json/);
  });

  it('keeps Vietnamese text exactly, normalised to NFC', async () => {
    const decomposed = 'Nguyễn Thị Hoa'.normalize('NFD');
    const res = await post('/v1/orders', orderBody({ buyer: { name: decomposed, phone: '090 123 4567' }, note: 'Giao giờ hành chính'.normalize('NFD') }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const [row] = (await db.query('SELECT buyer_name, buyer_phone, note FROM orders WHERE id = $1', [id])) as Array<{ buyer_name: string; buyer_phone: string; note: string }>;
    expect(row).toEqual({ buyer_name: 'Nguyễn Thị Hoa'.normalize('NFC'), buyer_phone: '+84901234567', note: 'Giao giờ hành chính'.normalize('NFC') });
  });
});

describe('POST /v1/orders repeats and defaults', () => {
  it('replays the first answer for the same Idempotency-Key and body, and refuses the key with another body', async () => {
    const key = randomUUID();
    const body = orderBody();
    const first = await post('/v1/orders', body, shop.apiKey, { 'idempotency-key': key });
    const again = await post('/v1/orders', body, shop.apiKey, { 'idempotency-key': key });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    const reused = await post('/v1/orders', orderBody(), shop.apiKey, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(await countWhere('SELECT 1 FROM orders WHERE external_id = $1', [body.externalId])).toBe(1);
  });

  it("applies the marketplace's settings (inspection, ship-by, unpaid expiry) unless the order overrides them", async () => {
    const settings = { inspectionDays: 7, shipByDays: 2, unpaidExpiryHours: 2, platformFeeBps: 150, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] };
    const strict = await registerMarketplace(app, { settings });
    const placed = (await (await post('/v1/orders', orderBody(), strict.apiKey)).json()) as {
      inspectionDays: number;
      shipByDays: number;
      placedAt: string;
      payment: { expiresAt: string };
    };
    expect(placed).toMatchObject({ inspectionDays: 7, shipByDays: 2 });
    expect(Date.parse(placed.payment.expiresAt) - Date.parse(placed.placedAt)).toBe(2 * 3_600_000);
    const overridden = (await (await post('/v1/orders', orderBody({ inspectionDays: 0, shipByDays: 10 }), strict.apiKey)).json()) as { inspectionDays: number; shipByDays: number };
    expect(overridden).toMatchObject({ inspectionDays: 0, shipByDays: 10 });
    const cod = (await (await post('/v1/orders', orderBody({ paymentMethod: 'COD' }), strict.apiKey)).json()) as { payment: { expiresAt: string | null } };
    expect(cod.payment.expiresAt).toBeNull();
  });
});

describe("the seller's payout account", () => {
  it('travels on orders.order-placed sealed for escrow (AAD = the order id), masked in clear, and is never stored or sent in clear', async () => {
    const account = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '0011223346789', accountName: 'NGUYEN VAN AN' };
    const body = orderBody({ seller: { id: 'seller-1', name: 'Cửa hàng Ánh Dương', payoutAccount: account } });
    const res = await post('/v1/orders', body, shop.apiKey);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const [event] = (await db.query("SELECT envelope FROM outbox WHERE type = 'orders.order-placed' AND key = $1", [id])) as Array<{ envelope: { data: { seller: { payoutAccount: Record<string, string> } } } }>;
    const sealed = event.envelope.data.seller.payoutAccount;
    expect(sealed).toMatchObject({ method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumberMasked: '******6789' });
    expect(JSON.parse(app.get(PlatformKeyring).openText({ ciphertext: sealed.sealedDetails, keyId: sealed.keyId }, id))).toEqual({ accountNumber: '0011223346789', accountName: 'NGUYEN VAN AN' });
    expect(() => app.get(PlatformKeyring).openText({ ciphertext: sealed.sealedDetails, keyId: sealed.keyId }, randomUUID())).toThrow();
    expect(await countWhere('SELECT 1 FROM orders WHERE id = $1 AND seller::text LIKE $2', [id, '%0011223346789%'])).toBe(0);
    expect(await countWhere('SELECT 1 FROM outbox WHERE key = $1 AND envelope::text LIKE $2', [id, '%0011223346789%'])).toBe(0);
    // A repeat of the same body is the same order (the fingerprint is of the request, not of the sealed value).
    expect((await post('/v1/orders', body, shop.apiKey)).status).toBe(200);
  });

  it('refuses a payout account with a malformed number, naming the field', async () => {
    const payoutAccount = { method: 'BANK_ACCOUNT', institutionCode: 'VCB', accountNumber: '12-34', accountName: 'NGUYEN VAN AN' };
    const res = await post('/v1/orders', orderBody({ seller: { id: 'seller-1', name: 'A', payoutAccount } }), shop.apiKey);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('seller.payoutAccount.accountNumber');
  });
});

describe('reading and listing', () => {
  it("answers the marketplace's own order, and 404 for another marketplace's", async () => {
    const { id } = (await (await post('/v1/orders', orderBody())).json()) as { id: string };
    expect((await get(`/v1/orders/${id}`)).status).toBe(200);
    const foreign = await get(`/v1/orders/${id}`, other.apiKey);
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain('Nguyễn');
    expect((await get(`/v1/orders/${randomUUID()}`)).status).toBe(404);
    expect((await get('/v1/orders/not-a-uuid')).status).toBe(400);
  });

  it('lists newest first with a cursor, filtered, and only its own', async () => {
    const mine = await registerMarketplace(app);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(((await (await post('/v1/orders', orderBody(), mine.apiKey)).json()) as { id: string }).id);
    await post('/v1/orders', orderBody(), other.apiKey);
    const first = (await (await get('/v1/orders?limit=2', mine.apiKey)).json()) as { items: Array<{ id: string }>; nextCursor: string };
    expect(first.items.map((o) => o.id)).toEqual([ids[2], ids[1]]);
    const second = (await (await get(`/v1/orders?limit=2&cursor=${first.nextCursor}`, mine.apiKey)).json()) as { items: Array<{ id: string }>; nextCursor: null };
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    const byExternal = (await (await get('/v1/orders?status=PLACED&limit=100', mine.apiKey)).json()) as { items: unknown[] };
    expect(byExternal.items).toHaveLength(3);
    expect((await get('/v1/orders?cursor=bogus', mine.apiKey)).status).toBe(400);
    expect((await get('/v1/orders?limit=1000', mine.apiKey)).status).toBe(400);
    expect((await get('/v1/orders?status=SHIPPED', mine.apiKey)).status).toBe(400);
  });
});

describe('POST /v1/orders/{id}/cancel', () => {
  it('records one cancellation request for escrow to answer, idempotently; another marketplace gets 404', async () => {
    const { id } = (await (await post('/v1/orders', orderBody())).json()) as { id: string };
    const first = await post(`/v1/orders/${id}/cancel`, { reason: 'Người mua đổi ý' });
    expect(first.status).toBe(202);
    const answer = (await first.json()) as { cancellation: { id: string; reason: string } };
    expect(answer.cancellation.reason).toBe('Người mua đổi ý');
    const again = (await (await post(`/v1/orders/${id}/cancel`, { reason: 'lần nữa' })).json()) as { cancellation: { id: string } };
    expect(again.cancellation.id).toBe(answer.cancellation.id);
    expect(await countWhere("SELECT 1 FROM outbox WHERE type = 'orders.cancellation-requested' AND key = $1", [id])).toBe(1);
    expect((await post(`/v1/orders/${id}/cancel`, { reason: 'x' }, other.apiKey)).status).toBe(404);
    expect((await post(`/v1/orders/${id}/cancel`, { reason: '' })).status).toBe(400);
  });
});

describe('Kafka intake (orders.intake.v1)', () => {
  /**
   * Produces an order as `partnerId` (header `tc-partner-id`), signed with `signWith` (that marketplace's own
   * secret unless said; null: unsigned).
   */
  async function produce(
    partnerId: string | undefined,
    body: Record<string, unknown>,
    opts: { key?: string; signWith?: string | null } = {},
  ): Promise<void> {
    const value = JSON.stringify(body);
    const secret = opts.signWith === undefined ? [shop, other].find((m) => m.id === partnerId)?.secret ?? generateWebhookSecret().secret : opts.signWith;
    const signature = secret ? signIntakeRecord(secret, value, { id: `msg_${randomUUID()}`, timestamp: new Date() }) : {};
    await producer.send({
      topic: 'orders.intake.v1',
      messages: [{ key: opts.key ?? orderIntakeKey(partnerId ?? '', String(body.externalId)), value, headers: { ...(partnerId ? { [INTAKE_HEADERS.partnerId]: partnerId } : {}), ...signature } }],
    });
  }

  async function deadLetter(key: string): Promise<{ reason: string; detail: string } | undefined> {
    const rows = (await db.query(`SELECT reason, detail FROM dead_letters WHERE topic = 'orders.intake.v1' AND key = $1`, [key])) as Array<{ reason: string; detail: string }>;
    return rows[0];
  }

  it('places the order exactly like the HTTP API, a repeat included', async () => {
    const body = orderBody();
    await produce(shop.id, body);
    await produce(shop.id, body);
    await waitFor(async () => (await countWhere('SELECT 1 FROM orders WHERE external_id = $1 AND marketplace_id = $2', [body.externalId, shop.id])) === 1, {
      what: 'the order from Kafka',
    });
    const res = await post('/v1/orders', body);
    expect(res.status).toBe(200); // the same order, answered as a repeat
  });

  it('dead-letters what the HTTP API would refuse, with the reason, and goes on', async () => {
    const conflicting = orderBody();
    await produce(shop.id, conflicting);
    await produce(shop.id, { ...conflicting, note: 'another body' });
    const invalid = orderBody({ totalAmount: 1 });
    await produce(shop.id, invalid);
    const headerless = orderBody();
    await produce(undefined, headerless, { key: `x:${String(headerless.externalId)}` });
    const stranger = randomUUID();
    const unknown = orderBody();
    await produce(stranger, unknown);
    const after = orderBody();
    await produce(shop.id, after);

    // Different keys land on different partitions: each outcome is awaited on its own.
    await waitFor(async () => (await countWhere('SELECT 1 FROM orders WHERE external_id = $1', [after.externalId])) === 1, { what: 'the order after the poison' });
    const dead = (key: string): Promise<{ reason: string; detail: string }> => waitFor(() => deadLetter(key), { what: `the dead letter of ${key}` });
    expect(await dead(orderIntakeKey(shop.id, String(conflicting.externalId)))).toMatchObject({ reason: 'HANDLER_REJECTED', detail: expect.stringMatching(/different body/) });
    expect(await dead(orderIntakeKey(shop.id, String(invalid.externalId)))).toMatchObject({ reason: 'INVALID_PAYLOAD', detail: expect.stringMatching(/totalAmount/) });
    expect(await dead(`x:${String(headerless.externalId)}`)).toMatchObject({ reason: 'CONTRACT_VIOLATION' });
    expect(await dead(orderIntakeKey(stranger, String(unknown.externalId)))).toMatchObject({ reason: 'HANDLER_REJECTED', detail: expect.stringMatching(/not an active marketplace/) });
    expect(await countWhere('SELECT 1 FROM orders WHERE external_id = ANY($1)', [[invalid.externalId, headerless.externalId, unknown.externalId]])).toBe(0);
  });

  it('dead-letters a record signed by marketplace B but headed as marketplace A, or unsigned (CONTRACT_VIOLATION), placing no order; A’s own signed record then places it', async () => {
    const forged = orderBody({ note: 'forged by another marketplace' });
    await produce(shop.id, forged, { signWith: other.secret });
    const unsigned = orderBody();
    await produce(shop.id, unsigned, { signWith: null });
    const genuine: Record<string, unknown> = { ...forged, note: 'the real one' };
    await produce(shop.id, genuine); // same externalId and key as the forgery: same partition, after it

    await waitFor(async () => (await countWhere('SELECT 1 FROM orders WHERE external_id = $1 AND marketplace_id = $2', [genuine.externalId, shop.id])) === 1, {
      what: 'the genuine order after the forgery',
    });
    const deadOf = async (key: string) => (await db.query(`SELECT reason, detail FROM dead_letters WHERE topic = 'orders.intake.v1' AND key = $1`, [key])) as Array<{ reason: string; detail: string }>;
    // One dead letter only: had the forgery placed an order, the genuine record would have conflicted with it.
    expect(await deadOf(orderIntakeKey(shop.id, String(forged.externalId)))).toEqual([{ reason: 'CONTRACT_VIOLATION', detail: expect.stringMatching(/signature refused \(forged\)/) }]);
    const unsignedDead = await waitFor(async () => (await deadOf(orderIntakeKey(shop.id, String(unsigned.externalId))))[0], { what: 'the unsigned record dead-lettered' });
    expect(unsignedDead).toEqual({ reason: 'CONTRACT_VIOLATION', detail: expect.stringMatching(/signature refused \(unsigned\)/) });
    expect(await countWhere('SELECT 1 FROM orders WHERE external_id = ANY($1)', [[unsigned.externalId]])).toBe(0);
    expect(await countWhere('SELECT 1 FROM orders WHERE external_id = $1 AND marketplace_id <> $2', [forged.externalId, shop.id])).toBe(0);
    expect((await post('/v1/orders', genuine)).status).toBe(200); // the order is the genuine body's
  });
});
