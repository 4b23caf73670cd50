import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createEdgeTestApp, type EdgeTestApp } from '../../test/edge-test-app';
import { calls, gate } from '../../test/test-orders.controller';
import { IdempotencyStore } from './idempotency.store';

const order = (items = 1) => ({
  buyer: { phone: '0901234567', name: 'Lan' },
  items: Array.from({ length: items }, (_, i) => ({ sku: `S${i}`, quantity: 1, unitPrice: 1000 })),
});

describe('HTTP edge: Idempotency-Key against real Redis', () => {
  let edge: EdgeTestApp;
  let server: App;

  beforeAll(async () => {
    edge = await createEdgeTestApp({ redisUrl: process.env.REDIS_URL });
    server = edge.app.getHttpServer() as App;
  });
  afterAll(() => edge.close());

  const post = (path: string, key: string, partner = 'mkp-a') =>
    request(server).post(path).set('idempotency-key', key).set('x-test-partner', partner);

  it('replays the stored response to a retry with the same key and body, running the handler once', async () => {
    const key = randomUUID();
    const before = calls.create ?? 0;
    const first = await post('/v1/orders', key).send(order(2));
    const retry = await post('/v1/orders', key).send({ items: order(2).items, buyer: { name: 'Lan', phone: '0901234567' } }); // same body, other key order
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers['content-type']).toMatch(/^application\/json/);
    expect((calls.create ?? 0) - before).toBe(1);
  });

  it('keeps the completed response 24 h (TTL ≈ 86400 s)', async () => {
    const key = randomUUID();
    await post('/v1/orders', key).send(order()).expect(201);
    const store = edge.app.get(IdempotencyStore);
    const ttl = await edge.redis.ttl(store.keyOf('mkp-a', 'POST /v1/orders', key));
    expect(ttl).toBeGreaterThan(86_390);
    expect(ttl).toBeLessThanOrEqual(86_400);
  });

  it('refuses the same key with a different body: 422 idempotency-key-reuse', async () => {
    const key = randomUUID();
    await post('/v1/orders', key).send(order(1)).expect(201);
    const res = await post('/v1/orders', key).send(order(3));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/idempotency-key-reuse', status: 422 });
  });

  it('answers a concurrent duplicate with 409 idempotency-key-in-progress, then replays once done', async () => {
    const key = randomUUID();
    const before = calls.slow ?? 0;
    gate.close();
    const first = post('/v1/orders/slow', key).send(order()).then((r) => r);
    const store = edge.app.get(IdempotencyStore);
    const redisKey = store.keyOf('mkp-a', 'POST /v1/orders/slow', key);
    await waitFor(async () => (await edge.redis.exists(redisKey)) === 1);
    const lockTtl = await edge.redis.ttl(redisKey);
    const duplicate = await post('/v1/orders/slow', key).send(order());
    gate.open();
    const done = await first;
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ type: 'https://trustcircle.vn/problems/idempotency-key-in-progress' });
    expect(duplicate.headers['retry-after']).toBe('1');
    expect(lockTtl).toBeGreaterThan(0);
    expect(lockTtl).toBeLessThanOrEqual(120);
    expect(done.status).toBe(201);
    const replay = await post('/v1/orders/slow', key).send(order());
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(done.body);
    expect((calls.slow ?? 0) - before).toBe(1);
  });

  it('scopes keys per tenant: two partners with the same key are independent', async () => {
    const key = randomUUID();
    const a = await post('/v1/orders', key, 'mkp-a').send(order(1));
    const b = await post('/v1/orders', key, 'mkp-b').send(order(2));
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.body).toMatchObject({ items: 2, partner: 'mkp-b' });
    const buyer1 = await request(server).post('/v1/orders').set('idempotency-key', key).set('x-test-buyer', 'u1').send(order(1));
    const buyer2 = await request(server).post('/v1/orders').set('idempotency-key', key).set('x-test-buyer', 'u2').send(order(2));
    expect([buyer1.status, buyer2.status]).toEqual([201, 201]);
  });

  it('scopes keys per route', async () => {
    const key = randomUUID();
    await post('/v1/orders', key).send(order()).expect(201);
    const other = await post('/v1/orders/slow', key).send(order(2));
    expect(other.status).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a key reused on another resource of the same route (422), never replaying the first one’s answer', async () => {
    const key = randomUUID();
    const first = await post('/v1/orders/o-1/notes', key).send(order());
    expect(first.status).toBe(201);
    expect((await post('/v1/orders/o-1/notes', key).send(order())).body).toEqual(first.body);
    const other = await post('/v1/orders/o-2/notes', key).send(order());
    expect(other.status).toBe(422);
    expect(other.body.type).toContain('idempotency-key-reuse');
  });

  it('does not store validation failures: the same key works once the body is fixed', async () => {
    const key = randomUUID();
    const invalid = await post('/v1/orders', key).send({ ...order(), unknown: true });
    expect(invalid.status).toBe(400);
    const fixed = await post('/v1/orders', key).send(order());
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
  });

  it('stores errors thrown by the handler, 5xx included, and replays them without running it again', async () => {
    const key = randomUUID();
    const before = calls.fail ?? 0;
    const first = await post('/v1/orders/fail', key).send(order());
    const retry = await post('/v1/orders/fail', key).send(order());
    expect(first.status).toBe(500);
    expect(retry.status).toBe(500);
    expect(retry.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(JSON.stringify(retry.body)).not.toContain('hunter2');
    expect((calls.fail ?? 0) - before).toBe(1);
  });

  it('replays a domain problem (409) with its status and body', async () => {
    const key = randomUUID();
    const first = await post('/v1/orders/conflict', key).send(order());
    const retry = await post('/v1/orders/conflict', key).send(order());
    expect([first.status, retry.status]).toEqual([409, 409]);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('requires the key where asked, and refuses keys longer than 255 characters, naming the header', async () => {
    const missing = await request(server).post('/v1/orders/conflict').send(order());
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ type: 'https://trustcircle.vn/problems/invalid-idempotency-key', header: 'Idempotency-Key' });
    const tooLong = await post('/v1/orders', 'k'.repeat(256)).send(order());
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.detail).toContain('Idempotency-Key');
    await post('/v1/orders', 'k'.repeat(255)).send(order()).expect(201);
  });

  it('runs normally without a key when none is required', async () => {
    const a = await request(server).post('/v1/orders').send(order());
    const b = await request(server).post('/v1/orders').send(order());
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
