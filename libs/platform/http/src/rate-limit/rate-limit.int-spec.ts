import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createEdgeTestApp, type EdgeTestApp } from '../../test/edge-test-app';

describe('HTTP edge: rate limiting against real Redis', () => {
  let edge: EdgeTestApp;
  let server: App;

  beforeAll(async () => {
    edge = await createEdgeTestApp({ redisUrl: process.env.REDIS_URL });
    server = edge.app.getHttpServer() as App;
  });
  afterAll(() => edge.close());

  const hit = (client: string) => request(server).post('/v1/orders/limited').set('x-client', client);

  it('lets `limit` requests through with RateLimit headers, then answers 429 with Retry-After', async () => {
    const client = randomUUID();
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await hit(client).expect(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      remaining.push(res.headers['ratelimit-remaining'] as string);
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await hit(client);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ type: 'https://trustcircle.vn/problems/rate-limited', status: 429, limit: 'per-client' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers['ratelimit-remaining']).toBe('0');
    expect(limited.headers['ratelimit-reset']).toBe(String(retryAfter));
  });

  it('counts separate keys independently', async () => {
    const a = randomUUID();
    const b = randomUUID();
    for (let i = 0; i < 3; i++) await hit(a).expect(200);
    await hit(a).expect(429);
    await hit(b).expect(200);
  });

  it('counts concurrent requests exactly (atomic script): never more than `limit` get through', async () => {
    const client = randomUUID();
    const statuses = await Promise.all(Array.from({ length: 10 }, () => hit(client).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('treats spellings of one phone number as one subject and never puts the phone in a Redis key', async () => {
    const otp = (phone: string) => request(server).post('/v1/orders/otp').send({ phone });
    const local = `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const international = `+84 ${local.slice(1, 3)} ${local.slice(3, 6)} ${local.slice(6)}`;
    await otp(local).expect(200);
    await otp(international).expect(200);
    await otp(`84${local.slice(1)}`).expect(429);
    const keys = await edge.redis.keys(`tc:${edge.service}:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toContain(local.slice(1));
    const ttl = await edge.redis.ttl(keys[0] as string);
    expect(ttl).toBeGreaterThan(0);
  });
});

describe('HTTP edge: rate limiting while Redis is down', () => {
  let edge: EdgeTestApp;
  let server: App;

  beforeAll(async () => {
    // Nothing listens on port 1: every command fails at once (no offline queue).
    const broken = new Redis('redis://127.0.0.1:1/15', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null, disconnectTimeout: 100 });
    edge = await createEdgeTestApp({ redis: broken });
    server = edge.app.getHttpServer() as App;
  });
  afterAll(() => edge.close());

  it('fails closed by default: 503 rate-limit-unavailable', async () => {
    const res = await request(server).post('/v1/orders/limited').set('x-client', 'c');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/rate-limit-unavailable' });
  });

  it('fails open for a rule that asks for it (and closed for its sibling that does not)', async () => {
    const open = await request(server).post('/v1/orders/otp').send({});
    expect(open.status).toBe(200);
    const closed = await request(server).post('/v1/orders/otp').send({ phone: '0901234567' });
    expect(closed.status).toBe(503);
  });

  it('refuses idempotent requests it cannot check: 503 idempotency-unavailable', async () => {
    const res = await request(server)
      .post('/v1/orders')
      .set('idempotency-key', randomUUID())
      .send({ buyer: { phone: '0901234567', name: 'Lan' }, items: [] });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/idempotency-unavailable' });
  });
});
