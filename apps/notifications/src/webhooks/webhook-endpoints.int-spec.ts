import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { NotificationsTestKit, type TestPartner } from '../testing/notifications-test-kit';
import { EventFeedWriter } from './application/event-feed/event-feed.writer';
import { WebhookEndpointsQuery } from './application/pipeline-port/webhook-endpoints.query';
import { appendToFeed, createEndpoint, feedEvent, patch, storedEndpoint, subscribedTo } from './testing/webhooks-test-helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('webhook endpoints and the event feed (real stack)', () => {
  let kit: NotificationsTestKit;
  let shop: TestPartner;
  let otherShop: TestPartner;
  let bank: TestPartner;
  let courier: TestPartner;

  beforeAll(async () => {
    kit = await NotificationsTestKit.start();
    [shop, otherShop, bank, courier] = await Promise.all([
      kit.registerPartner('MARKETPLACE'),
      kit.registerPartner('MARKETPLACE'),
      kit.registerPartner('PAYMENT_PARTNER'),
      kit.registerPartner('COURIER'),
    ]);
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('answers the signing secret once, stores it only sealed, and never shows it again', async () => {
    const url = `https://Hooks.Example.com/tc/${randomUUID()}`;
    const res = await kit.call('POST', '/v1/webhook-endpoints', shop.apiKey, { url, events: ['disputes.dispute-opened', 'escrow.escrow-released'], description: 'Production' });
    expect(res.status).toBe(201);
    const { secret, ...view } = res.body as Record<string, unknown> & { secret: string; id: string };
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(view).toEqual({
      id: expect.stringMatching(UUID),
      ownerPartnerId: shop.id,
      ownerKind: 'MARKETPLACE',
      url: url.replace('Hooks.Example.com', 'hooks.example.com'),
      description: 'Production',
      events: ['disputes.dispute-opened', 'escrow.escrow-released'],
      status: 'ENABLED',
      disabledReason: null,
      disabledAt: null,
      failingSince: null,
      secretCreatedAt: expect.stringMatching(ISO),
      previousSecretExpiresAt: null,
      createdAt: expect.stringMatching(ISO),
      updatedAt: expect.stringMatching(ISO),
    });

    const one = await kit.get(`/v1/webhook-endpoints/${view.id}`, shop.apiKey);
    const list = await kit.get('/v1/webhook-endpoints', shop.apiKey);
    expect(one).toEqual({ status: 200, body: view });
    expect(list).toEqual({ status: 200, body: { items: [view], nextCursor: null } });

    const stored = await storedEndpoint(kit, view.id);
    const key = secret.slice('whsec_'.length);
    expect(stored.row).not.toContain(key);
    expect(stored.row).not.toContain(Buffer.from(key, 'base64').toString('hex'));
    expect(JSON.parse(stored.secrets as string)).toEqual([{ id: expect.stringMatching(/^ws_[0-9a-f]{16}$/), ciphertext: expect.any(String), keyId: expect.stringMatching(/^pk-/), createdAt: view.secretCreatedAt, expiresAt: null }]);

    // the pipeline gets it opened, for the types subscribed only
    expect(await subscribedTo(kit, shop.id, 'escrow.escrow-released')).toEqual([{ id: view.id, url: view.url, secrets: [secret] }]);
    expect(await subscribedTo(kit, shop.id, 'disputes.dispute-decided')).toEqual([]);
  });

  it.each([
    ['url missing', 'url', { url: undefined }],
    ['url not https', 'url', { url: 'http://hooks.example.com/x' }],
    ['url to a private address', 'url', { url: 'https://10.0.0.7/x' }],
    ['url to loopback', 'url', { url: 'https://127.0.0.1:8443/x' }],
    ['url to cloud metadata', 'url', { url: 'https://169.254.169.254/latest' }],
    ['url to localhost', 'url', { url: 'https://localhost/x' }],
    ['url with credentials', 'url', { url: 'https://me:pw@hooks.example.com/x' }],
    ['url over 2000 characters', 'url', { url: `https://hooks.example.com/${'a'.repeat(1980)}` }],
    ['events missing', 'events', { url: 'https://hooks.example.com/x', events: undefined }],
    ['events empty', 'events', { events: [] }],
    ['events not a list', 'events', { events: 'disputes.dispute-opened' }],
    ['an unknown event type', 'events.1', { events: ['disputes.dispute-opened', 'orders.order-teleported'] }],
    ["a payment partner's event type", 'events.0', { events: ['escrow.payout-instruction-issued'] }],
    ['description too long', 'description', { description: 'x'.repeat(501) }],
    ['an unknown field', 'secret', { secret: 'whsec_mine' }],
  ])('refuses %s with a 400 naming %s, creating nothing', async (_case, field, change) => {
    const partner = await kit.registerPartner('MARKETPLACE');
    const body = { url: `https://hooks.example.com/${randomUUID()}`, events: ['disputes.dispute-opened'], ...change };
    const res = await kit.call('POST', '/v1/webhook-endpoints', partner.apiKey, body);
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('https://trustcircle.vn/problems/validation-error');
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    expect(await kit.get('/v1/webhook-endpoints', partner.apiKey)).toEqual({ status: 200, body: { items: [], nextCursor: null } });
  });

  it('keeps a partner to 20 endpoints, one per URL, even when asked all at once', async () => {
    const partner = await kit.registerPartner('MARKETPLACE');
    const answers = await Promise.all(
      Array.from({ length: 21 }, (_, i) => kit.call('POST', '/v1/webhook-endpoints', partner.apiKey, { url: `https://hooks.example.com/n/${i}`, events: ['*'] })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([...Array(20).fill(201), 409]);
    expect(answers.find((a) => a.status === 409)?.body.type).toBe('https://trustcircle.vn/problems/webhook-endpoint-limit-reached');

    const first = answers.find((a) => a.status === 201)?.body as { id: string; url: string };
    await kit.call('DELETE', `/v1/webhook-endpoints/${first.id}`, partner.apiKey);
    const again = await kit.call('POST', '/v1/webhook-endpoints', partner.apiKey, { url: answers.find((a) => a.status === 201 && a.body.id !== first.id)?.body.url, events: ['*'] });
    expect([again.status, again.body.type, again.body.field]).toEqual([409, 'https://trustcircle.vn/problems/webhook-endpoint-url-taken', 'url']);
    // the deleted one's URL is free again, and its slot
    expect((await kit.call('POST', '/v1/webhook-endpoints', partner.apiKey, { url: first.url, events: ['*'] })).status).toBe(201);
  });

  it("answers 404 for another partner's endpoint on every route, 403 to a courier's key, 401 without one", async () => {
    const endpoint = await createEndpoint(kit, shop);
    const path = `/v1/webhook-endpoints/${endpoint.id}`;
    const notFound = { type: 'https://trustcircle.vn/problems/webhook-endpoint-not-found', detail: `No webhook endpoint ${endpoint.id} for you.` };
    const answers = await Promise.all([
      kit.get(path, otherShop.apiKey),
      patch(kit, path, otherShop.apiKey, { description: 'mine now' }),
      kit.call('POST', `${path}/rotate-secret`, otherShop.apiKey),
      kit.call('DELETE', path, otherShop.apiKey),
      kit.get(path, bank.apiKey),
    ]);
    expect(answers.map((a) => [a.status, a.body.type, a.body.detail])).toEqual(Array(5).fill([404, notFound.type, notFound.detail]));
    expect((await kit.get('/v1/webhook-endpoints', otherShop.apiKey)).body.items).toEqual([]);

    const courierAnswers = await Promise.all([
      kit.call('POST', '/v1/webhook-endpoints', courier.apiKey, { url: 'https://hooks.example.com/c', events: ['*'] }),
      kit.get('/v1/webhook-endpoints', courier.apiKey),
      kit.get(path, courier.apiKey),
      kit.get('/v1/events', courier.apiKey),
    ]);
    expect(courierAnswers.map((a) => [a.status, a.body.type])).toEqual(Array(4).fill([403, 'https://trustcircle.vn/problems/insufficient-permissions']));
    expect((await kit.get('/v1/webhook-endpoints')).status).toBe(401);
    // unchanged by all of it
    expect((await kit.get(path, shop.apiKey)).body).toMatchObject({ status: 'ENABLED', description: null });
  });

  it('changes an endpoint; a disabled one is re-enabled with PATCH status ENABLED; a deleted one is gone for its owner', async () => {
    const endpoint = await createEndpoint(kit, bank, { events: ['escrow.payout-instruction-issued'] });
    const path = `/v1/webhook-endpoints/${endpoint.id}`;
    const changed = await patch(kit, path, bank.apiKey, { url: 'https://pay.example.vn/hooks/tc', events: ['escrow.refund-instruction-issued', 'escrow.payout-instruction-issued'], description: 'v2' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ url: 'https://pay.example.vn/hooks/tc', events: ['escrow.refund-instruction-issued', 'escrow.payout-instruction-issued'], description: 'v2', status: 'ENABLED' });
    expect((await patch(kit, path, bank.apiKey, { events: ['disputes.dispute-opened'] })).body).toMatchObject({ status: 400, field: 'events.0' });
    expect((await patch(kit, path, bank.apiKey, { url: 'https://192.168.1.10/x' })).body).toMatchObject({ status: 400, field: 'url' });

    // the pipeline marks it failing, then disables it
    const query = kit.app.get(WebhookEndpointsQuery);
    const since = new Date('2026-03-01T00:00:00.000Z');
    await kit.tx((m) => query.markFailing(m, endpoint.id, new Date('2026-02-27T00:00:00.000Z')));
    await kit.tx((m) => query.markHealthy(m, endpoint.id));
    expect((await kit.tx((m) => query.find(m, endpoint.id)))?.failingSince).toBeNull();
    await kit.tx((m) => query.markFailing(m, endpoint.id, since));
    await kit.tx((m) => query.markFailing(m, endpoint.id, new Date('2026-03-02T00:00:00.000Z'))); // the streak keeps its start
    const disabled = await kit.tx((m) => query.disable(m, endpoint.id, 'FAILING'));
    expect(disabled).toEqual({ endpointId: endpoint.id, partnerId: bank.id, urlHost: 'pay.example.vn', failingSince: since, disabledAt: expect.any(Date) });
    expect(await kit.tx((m) => query.disable(m, endpoint.id, 'FAILING'))).toBeNull();
    expect(await kit.tx((m) => query.find(m, endpoint.id))).toMatchObject({ ownerPartnerId: bank.id, status: 'DISABLED', disabledReason: 'FAILING', failingSince: since, deletedAt: null });
    expect((await kit.get(path, bank.apiKey)).body).toMatchObject({ status: 'DISABLED', disabledReason: 'FAILING', failingSince: since.toISOString() });
    expect(await subscribedTo(kit, bank.id, 'escrow.refund-instruction-issued')).toEqual([]);

    const enabled = await patch(kit, path, bank.apiKey, { status: 'ENABLED' });
    expect(enabled.body).toMatchObject({ status: 'ENABLED', disabledReason: null, disabledAt: null, failingSince: null });
    expect((await subscribedTo(kit, bank.id, 'escrow.refund-instruction-issued')).map((t) => t.id)).toEqual([endpoint.id]);
    expect((await patch(kit, path, bank.apiKey, { status: 'DISABLED' })).body).toMatchObject({ status: 'DISABLED', disabledReason: 'BY_OWNER' });

    expect((await kit.call('DELETE', path, bank.apiKey)).status).toBe(204);
    expect((await kit.get(path, bank.apiKey)).status).toBe(404);
    expect((await kit.call('DELETE', path, bank.apiKey)).status).toBe(404);
    expect((await patch(kit, path, bank.apiKey, { status: 'ENABLED' })).status).toBe(404);
    const stored = await storedEndpoint(kit, endpoint.id);
    expect([stored.status, stored.disabled_reason, stored.secrets]).toEqual(['DISABLED', 'DELETED', '[]']);
    expect(await kit.tx((m) => query.find(m, endpoint.id))).toMatchObject({ status: 'DISABLED', disabledReason: 'DELETED', secrets: [], deletedAt: expect.any(Date) });
  });

  it('lets operators (viewer and up) read any partner’s endpoints, never a secret, and change none', async () => {
    const endpoint = await createEndpoint(kit, otherShop, { events: ['*'] });
    const viewer = kit.operatorToken('viewer');
    const list = await kit.get(`/v1/webhook-endpoints?partnerId=${otherShop.id}`, viewer);
    const one = await kit.get(`/v1/webhook-endpoints/${endpoint.id}`, kit.operatorToken('mediator'));
    expect(list.status).toBe(200);
    expect((list.body.items as Array<{ id: string }>).map((e) => e.id)).toEqual([endpoint.id]);
    expect(one).toEqual({ status: 200, body: (list.body.items as unknown[])[0] });
    expect(JSON.stringify([list.body, one.body])).not.toContain(endpoint.secret);
    expect(JSON.stringify([list.body, one.body])).not.toContain('secret"');

    const denied = await Promise.all([
      kit.call('POST', '/v1/webhook-endpoints', kit.operatorToken('admin'), { url: 'https://hooks.example.com/op', events: ['*'] }),
      patch(kit, `/v1/webhook-endpoints/${endpoint.id}`, kit.operatorToken('admin'), { status: 'DISABLED' }),
      kit.call('POST', `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, kit.operatorToken('admin')),
      kit.get('/v1/events', viewer),
    ]);
    expect(denied.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    expect(await kit.get('/v1/webhook-endpoints?cursor=nonsense', viewer)).toMatchObject({ status: 400, body: { field: 'cursor' } });
  });

  it('pages through the feed oldest first with no gaps or duplicates; appends are idempotent; each partner sees its own', async () => {
    const partner = await kit.registerPartner('MARKETPLACE');
    const events = Array.from({ length: 7 }, (_, n) => feedEvent(n));
    expect(await appendToFeed(kit, partner.id, [...events.slice(0, 4), events[1]])).toEqual([true, true, true, true, false]);
    expect(await appendToFeed(kit, partner.id, events.slice(2))).toEqual([false, false, true, true, true]);
    await appendToFeed(kit, otherShop.id, [events[0], feedEvent(99)]);

    const seen: string[] = [];
    const pages: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const res = await kit.get(`/v1/events?limit=3${cursor ? `&after=${cursor}` : ''}`, partner.apiKey);
      expect(res.status).toBe(200);
      const items = res.body.items as Array<{ id: string }>;
      seen.push(...items.map((i) => i.id));
      pages.push(items.length);
      cursor = res.body.nextCursor as string;
      if (!res.body.hasMore) break;
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(events.map((e) => e.id));
    const first = (await kit.get('/v1/events?limit=1', partner.apiKey)).body;
    expect(first.items).toEqual([{ id: events[0].id, type: 'disputes.dispute-opened', occurredAt: '2026-03-01T03:00:00.000Z', orderId: events[0].orderId, data: { n: 0, reason: 'DAMAGED' } }]);

    // caught up: an empty page keeps the cursor, and the next event arrives after it
    expect((await kit.get(`/v1/events?after=${cursor}`, partner.apiKey)).body).toEqual({ items: [], nextCursor: cursor, hasMore: false });
    const late = feedEvent(8);
    await appendToFeed(kit, partner.id, [late]);
    expect(((await kit.get(`/v1/events?after=${cursor}`, partner.apiKey)).body.items as Array<{ id: string }>).map((i) => i.id)).toEqual([late.id]);

    // tenancy: the other shop sees its two, and a fresh partner nothing (with a cursor to poll from)
    expect(((await kit.get('/v1/events', otherShop.apiKey)).body.items as Array<{ id: string }>).map((i) => i.id)).toEqual([events[0].id, expect.any(String)]);
    const fresh = await kit.registerPartner('PAYMENT_PARTNER');
    expect((await kit.get('/v1/events', fresh.apiKey)).body).toEqual({ items: [], nextCursor: expect.any(String), hasMore: false });

    for (const bad of ['after=nonsense', 'after=42', 'limit=0', 'limit=501', 'limit=abc']) {
      const res = await kit.get(`/v1/events?${bad}`, partner.apiKey);
      expect([bad, res.status]).toEqual([bad, 400]);
      expect(JSON.stringify(res.body)).toContain(`"${bad.split('=')[0]}"`);
    }
  });

  it('never lets a reader see a later feed entry before an earlier one commits', async () => {
    const partner = await kit.registerPartner('MARKETPLACE');
    const writer = kit.app.get(EventFeedWriter);
    const [early, late] = [feedEvent(1), feedEvent(2)];
    let appended!: () => void;
    let release!: () => void;
    const appendedEarly = new Promise<void>((r) => (appended = r));
    const held = new Promise<void>((r) => (release = r));
    const slow = kit.tx(async (m) => {
      await writer.append(m, partner.id, early);
      appended();
      await held;
    });
    await appendedEarly;
    const fast = kit.tx((m) => writer.append(m, partner.id, late));
    await waitFor(async () => Number((await kit.db.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`))[0].n) > 0);
    expect((await kit.get('/v1/events', partner.apiKey)).body.items).toEqual([]);
    release();
    await Promise.all([slow, fast]);
    expect(((await kit.get('/v1/events', partner.apiKey)).body.items as Array<{ id: string }>).map((i) => i.id)).toEqual([early.id, late.id]);
  });

  it('rotates the secret: both sign during the overlap, only the new one after it', async () => {
    const endpoint = await createEndpoint(kit, shop, { url: `https://rotate.example.com/${randomUUID()}`, events: ['disputes.dispute-decided'] });
    const rotated = await kit.call('POST', `/v1/webhook-endpoints/${endpoint.id}/rotate-secret`, shop.apiKey);
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.secret as string;
    expect(fresh).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(fresh).not.toBe(endpoint.secret);
    expect(rotated.body.id).toBe(endpoint.id);
    expect(Date.parse(rotated.body.previousSecretExpiresAt as string) - Date.parse(rotated.body.secretCreatedAt as string)).toBe(24 * 3_600_000);
    expect((await kit.get(`/v1/webhook-endpoints/${endpoint.id}`, shop.apiKey)).body).not.toHaveProperty('secret');

    const [target] = await subscribedTo(kit, shop.id, 'disputes.dispute-decided');
    expect(target.secrets).toEqual([fresh, endpoint.secret]);
    // a webhook signed with every valid secret verifies for a receiver holding either
    const body = JSON.stringify({ type: 'disputes.dispute-decided', timestamp: new Date().toISOString(), data: {} });
    const now = new Date();
    const headers = {
      'webhook-id': 'msg_rotation',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': target.secrets.map((s) => new Webhook(s).sign('msg_rotation', now, body)).join(' '),
    };
    expect(new Webhook(endpoint.secret).verify(body, headers)).toMatchObject({ type: 'disputes.dispute-decided' });
    expect(new Webhook(fresh).verify(body, headers)).toMatchObject({ type: 'disputes.dispute-decided' });
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(body, headers)).toThrow('No matching signature found');

    kit.advanceWithoutSweep(24 * 3_600_000 + 1000);
    expect((await subscribedTo(kit, shop.id, 'disputes.dispute-decided'))[0].secrets).toEqual([fresh]);
    expect((await kit.get(`/v1/webhook-endpoints/${endpoint.id}`, shop.apiKey)).body).toMatchObject({ previousSecretExpiresAt: null });
  });
});

/** Polls `check` every 10 ms, up to 2 s (waits for another transaction to block on a lock). */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}
