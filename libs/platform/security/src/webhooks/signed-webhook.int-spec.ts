import { randomUUID } from 'node:crypto';
import type { PartnerUpsertedV1 } from '@trustcircle/contracts';
import request from 'supertest';
import type { App } from 'supertest/types';
import { fixturePartner, rotated } from '../../test/directory-fixtures';
import { createSecurityTestApp, handled, type SecurityTestApp } from '../../test/security-test-app';
import { generateWebhookSecret } from '../crypto/webhook-secret';
import { signWebhook } from './standard-webhook';

describe('@SignedWebhook (real Nest app, PostgreSQL, Redis)', () => {
  let t: SecurityTestApp;
  let server: App;
  const apply = (p: PartnerUpsertedV1) => t.dataSource.transaction((m) => t.writer.applyPartner(m, p));

  beforeAll(async () => {
    t = await createSecurityTestApp();
    server = t.app.getHttpServer() as App;
  });
  afterAll(() => t.close());

  const nowS = () => Math.floor(t.clock.now().getTime() / 1000);

  /** Sends a raw JSON body signed with `secret` (or with a given signature header). */
  function send(path: string, body: object, secret: string, opts: { id?: string; timestamp?: number; signature?: string } = {}) {
    const raw = JSON.stringify(body);
    const id = opts.id ?? `msg_${randomUUID()}`;
    const timestamp = opts.timestamp ?? nowS();
    return request(server)
      .post(path)
      .set('content-type', 'application/json')
      .set('webhook-id', id)
      .set('webhook-timestamp', String(timestamp))
      .set('webhook-signature', opts.signature ?? signWebhook(secret, id, timestamp, raw))
      .send(raw);
  }

  async function courier(overrides: Partial<PartnerUpsertedV1> = {}) {
    const c = fixturePartner(t.keyring, 'COURIER', overrides);
    await apply(c.event);
    return { ...c, path: `/t/couriers/${c.event.partnerId}/events`, id: c.event.partnerId };
  }

  it('accepts a correctly signed webhook and sets the courier principal', async () => {
    const c = await courier();
    const n = randomUUID();
    const res = await send(c.path, { n }, c.secrets[0]);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ n, count: 1, partnerId: c.id });
    expect(res.headers['webhook-replayed']).toBeUndefined();
  });

  it('answers 401 to a forged signature and writes a security log line without the secret or the signature', async () => {
    const c = await courier();
    const n = randomUUID();
    const forgedWith = generateWebhookSecret().secret;
    const id = `msg_${randomUUID()}`;
    const signature = signWebhook(forgedWith, id, nowS(), JSON.stringify({ n }));
    const res = await send(c.path, { n }, c.secrets[0], { id, signature });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/invalid-webhook-signature', status: 401 });
    expect(handled.get(n)).toBeUndefined();
    const line = t.logs.find((l) => l.includes('webhook-forged') && l.includes(id));
    expect(line).toBeDefined();
    expect(line).toContain(c.id);
    for (const secret of [c.secrets[0], forgedWith, signature.slice(3)]) expect(t.logs.join('')).not.toContain(secret);
  });

  it('answers 401 to a new message older or newer than 5 minutes', async () => {
    const c = await courier();
    const stale = await send(c.path, { n: randomUUID() }, c.secrets[0], { timestamp: nowS() - 301 });
    const future = await send(c.path, { n: randomUUID() }, c.secrets[0], { timestamp: nowS() + 301 });
    expect([stale.status, future.status]).toEqual([401, 401]);
    expect(t.logs.join('')).toContain('webhook-timestamp-stale');
    expect(t.logs.join('')).toContain('webhook-timestamp-future');
  });

  it('answers a retry after the tolerance as the first was, without running the handler again', async () => {
    const c = await courier();
    const n = randomUUID();
    const id = `msg_${randomUUID()}`;
    const timestamp = nowS();
    const first = await send(c.path, { n }, c.secrets[0], { id, timestamp });
    t.clock.advance(10 * 60_000); // the sender retries the same message 10 minutes later, as it was signed
    const retry = await send(c.path, { n }, c.secrets[0], { id, timestamp });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['webhook-replayed']).toBe('true');
    expect(retry.headers['content-type']).toMatch(/^application\/json/);
    expect(handled.get(n)).toBe(1);
    // A forged retry of the same id is still refused: the signature is checked first.
    const forged = await send(c.path, { n }, generateWebhookSecret().secret, { id, timestamp });
    expect(forged.status).toBe(401);
  });

  it('replays a 4xx answer too, refuses the same id with another body (422), and reprocesses a retry after a 5xx', async () => {
    const c = await courier();
    const notFound = randomUUID();
    const id404 = `msg_${randomUUID()}`;
    const a = await send(c.path, { n: notFound, fail: 404 }, c.secrets[0], { id: id404 });
    const b = await send(c.path, { n: notFound, fail: 404 }, c.secrets[0], { id: id404 });
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(b.body).toEqual(a.body);
    expect(b.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(handled.get(notFound)).toBe(1);

    const reused = await send(c.path, { n: randomUUID() }, c.secrets[0], { id: id404 });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ type: 'https://trustcircle.vn/problems/webhook-id-reuse' });

    const transient = randomUUID();
    const id500 = `msg_${randomUUID()}`;
    const ts = nowS();
    const failed = await send(c.path, { n: transient, fail: 500 }, c.secrets[0], { id: id500, timestamp: ts });
    expect(failed.status).toBe(500);
    t.clock.advance(10 * 60_000);
    const again = await send(c.path, { n: transient, fail: 500 }, c.secrets[0], { id: id500, timestamp: ts });
    expect(again.status).toBe(500); // processed again (not judged stale, not replayed)
    expect(handled.get(transient)).toBe(2);
  });

  it('accepts both secrets during a rotation', async () => {
    const c = await courier();
    const r = rotated(t.keyring, c, new Date(t.clock.now().getTime() + 3_600_000).toISOString());
    await apply(r.event);
    for (const secret of r.secrets) expect((await send(c.path, { n: randomUUID() }, secret)).status).toBe(201);
  });

  it('answers 401 for an unknown partner, another kind of partner, a disabled partner, and missing headers', async () => {
    const c = await courier();
    expect((await send(`/t/couriers/${randomUUID()}/events`, { n: 'x' }, c.secrets[0])).status).toBe(401);
    expect((await send('/t/couriers/not-a-uuid/events', { n: 'x' }, c.secrets[0])).status).toBe(401);
    expect((await send(`/t/partners/${c.id}/payments`, { n: 'x' }, c.secrets[0])).status).toBe(401);
    await apply({ ...c.event, revision: 2, status: 'DISABLED' });
    expect((await send(c.path, { n: randomUUID() }, c.secrets[0])).status).toBe(401);
    const bare = await request(server).post(`/t/partners/${randomUUID()}/payments`).send({ n: 'x' });
    expect(bare.status).toBe(401);
  });

  it('accepts payment partner webhooks on their own route', async () => {
    const p = fixturePartner(t.keyring, 'PAYMENT_PARTNER');
    await apply(p.event);
    const n = randomUUID();
    const res = await send(`/t/partners/${p.event.partnerId}/payments`, { n }, p.secrets[0]);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ n, partnerId: p.event.partnerId });
  });

  it('answers 403 from outside the partner’s IP allow-list', async () => {
    const c = fixturePartner(t.keyring, 'COURIER');
    await apply({ ...c.event, settings: { ...c.event.settings, ipAllowList: ['203.0.113.0/24'] } });
    const res = await send(`/t/couriers/${c.event.partnerId}/events`, { n: randomUUID() }, c.secrets[0]);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/ip-not-allowed' });
  });
});
