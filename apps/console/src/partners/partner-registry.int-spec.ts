import { randomUUID } from 'node:crypto';
import type { PartnerUpsertedV1 } from '@trustcircle/contracts';
import { apiKeyHash, PlatformKeyring, webhookSecretAad } from '@trustcircle/security';
import request from 'supertest';
import type { App } from 'supertest/types';
import { type ConsoleTestApp, createConsoleTestApp } from '../../test/console-test-app';

/** Every way a secret could leak into a JSON text: whole, the API key's secret part, the secret's key bytes. */
function expectNoSecret(json: string, secrets: string[]): void {
  for (const s of secrets) {
    expect(json).not.toContain(s);
    if (s.startsWith('tc_')) expect(json).not.toContain(s.split('_').slice(3).join('_'));
    if (s.startsWith('whsec_')) expect(json).not.toContain(s.slice('whsec_'.length));
  }
}

describe('console partner registry (HTTP API, real PostgreSQL, Redis, Kafka)', () => {
  let t: ConsoleTestApp;
  let server: App;
  let admin: string;
  let keyring: PlatformKeyring;

  beforeAll(async () => {
    t = await createConsoleTestApp();
    server = t.app.getHttpServer() as App;
    admin = (await t.tokenFor('admin')).token;
    keyring = t.app.get(PlatformKeyring);
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => request(server).get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => request(server).post(path).set('authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => request(server).patch(path).set('authorization', `Bearer ${token}`).send(body),
    put: (path: string) => request(server).put(path).set('authorization', `Bearer ${token}`),
    delete: (path: string) => request(server).delete(path).set('authorization', `Bearer ${token}`),
  });
  const lastEvent = async (partnerId: string): Promise<PartnerUpsertedV1> => {
    const events = await t.partnerEvents(partnerId);
    return events[events.length - 1].data as unknown as PartnerUpsertedV1;
  };

  it('creates each kind of partner, answering its credentials once, and publishes only hashes and sealed secrets', async () => {
    const marketplace = await as(admin).post('/v1/admin/partners', { kind: 'MARKETPLACE', name: 'Chợ Việt' });
    expect(marketplace.status).toBe(201);
    // Marketplaces sign their Kafka intake records, so they get a webhook signing secret too.
    expect(marketplace.body.credentials).toEqual({
      apiKey: expect.stringMatching(/^tc_mkp_/),
      apiKeyId: expect.any(String),
      webhookSecret: expect.stringMatching(/^whsec_/),
      webhookSecretId: expect.stringMatching(/^ws_/),
    });
    expect(marketplace.body.partner).toMatchObject({
      kind: 'MARKETPLACE',
      name: 'Chợ Việt',
      status: 'ACTIVE',
      revision: 1,
      settings: { inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] },
    });
    const marketplaceId = marketplace.body.partner.id as string;

    const created = [];
    for (const kind of ['COURIER', 'PAYMENT_PARTNER'] as const) {
      const res = await as(admin).post('/v1/admin/partners', {
        kind,
        name: `${kind} ${randomUUID().slice(0, 6)}`,
        ...(kind === 'PAYMENT_PARTNER' ? { marketplaceIds: [marketplaceId] } : {}),
      });
      expect(res.status).toBe(201);
      expect(res.body.credentials).toEqual({
        apiKey: expect.stringMatching(kind === 'COURIER' ? /^tc_cour_/ : /^tc_pay_/),
        apiKeyId: expect.any(String),
        webhookSecret: expect.stringMatching(/^whsec_/),
        webhookSecretId: expect.stringMatching(/^ws_/),
      });
      created.push(res.body);
    }
    expect(created[1].partner.marketplaceIds).toEqual([marketplaceId]);

    for (const c of [marketplace.body, ...created]) {
      const events = await t.partnerEvents(c.partner.id);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toMatchObject({ type: 'partners.partner-upserted', version: 1, key: c.partner.id, producer: 'console' });
      const data = event.data as unknown as PartnerUpsertedV1;
      expect(data.revision).toBe(1);
      expect(data.apiKeys).toEqual([{ keyId: c.credentials.apiKeyId, sha256: apiKeyHash(c.credentials.apiKey), createdAt: expect.any(String), expiresAt: null }]);
      if (c.credentials.webhookSecret) {
        const [sealed] = data.webhookSecrets;
        expect(sealed.id).toBe(c.credentials.webhookSecretId);
        expect(keyring.openText({ ciphertext: sealed.ciphertext, keyId: sealed.keyId }, webhookSecretAad(c.partner.id, sealed.id))).toBe(c.credentials.webhookSecret);
      } else expect(data.webhookSecrets).toEqual([]);
      expectNoSecret(JSON.stringify(event), [c.credentials.apiKey, c.credentials.webhookSecret].filter(Boolean));
    }
  });

  it('rotates (two valid during the overlap), revokes, disables and enables, each change a new revision without secrets', async () => {
    const created = await as(admin).post('/v1/admin/partners', { kind: 'COURIER', name: 'Giao Hàng Nhanh' });
    const id = created.body.partner.id as string;
    const first = created.body.credentials;

    const rotation = await as(admin).post(`/v1/admin/partners/${id}/credential-rotations`, { overlapHours: 24 });
    expect(rotation.status).toBe(201);
    const second = rotation.body.credentials;
    expect(second.apiKey).not.toBe(first.apiKey);
    expect(second.webhookSecret).not.toBe(first.webhookSecret);
    let event = await lastEvent(id);
    expect(event.revision).toBe(2);
    expect(event.apiKeys.map((k) => [k.keyId, k.expiresAt])).toEqual([
      [first.apiKeyId, rotation.body.previousValidUntil],
      [second.apiKeyId, null],
    ]);
    expect(event.webhookSecrets.map((s) => s.id)).toEqual([first.webhookSecretId, second.webhookSecretId]);

    const revoked = await as(admin).post(`/v1/admin/partners/${id}/credentials/${first.apiKeyId}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.credentials.find((c: { id: string }) => c.id === first.apiKeyId)).toMatchObject({ status: 'REVOKED', valid: false });
    event = await lastEvent(id);
    expect([event.revision, event.apiKeys.map((k) => k.keyId)]).toEqual([3, [second.apiKeyId]]);

    expect((await as(admin).post(`/v1/admin/partners/${id}/disable`)).body).toMatchObject({ status: 'DISABLED', revision: 4 });
    expect(await lastEvent(id)).toMatchObject({ status: 'DISABLED', revision: 4 });
    expect((await as(admin).post(`/v1/admin/partners/${id}/disable`)).body.revision).toBe(4); // idempotent
    expect((await as(admin).post(`/v1/admin/partners/${id}/enable`)).body).toMatchObject({ status: 'ACTIVE', revision: 5 });

    const all = JSON.stringify(await t.partnerEvents(id));
    expectNoSecret(all, [first.apiKey, first.webhookSecret, second.apiKey, second.webhookSecret]);
  });

  it('edits settings (400 on a value out of range), and binds and unbinds marketplaces', async () => {
    const m = await as(admin).post('/v1/admin/partners', { kind: 'MARKETPLACE', name: 'Sàn A', settings: { inspectionDays: 5 } });
    const marketplaceId = m.body.partner.id as string;
    expect(m.body.partner.settings.inspectionDays).toBe(5);
    const edited = await as(admin).patch(`/v1/admin/partners/${marketplaceId}`, { settings: { platformFeeBps: 150, zaloEnabled: true } });
    expect(edited.status).toBe(200);
    expect(edited.body.settings).toMatchObject({ inspectionDays: 5, platformFeeBps: 150, zaloEnabled: true });
    expect((await lastEvent(marketplaceId)).settings).toMatchObject({ inspectionDays: 5, platformFeeBps: 150, zaloEnabled: true });
    const invalid = await as(admin).patch(`/v1/admin/partners/${marketplaceId}`, { settings: { inspectionDays: 31 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].field).toBe('settings.inspectionDays');

    const pp = await as(admin).post('/v1/admin/partners', { kind: 'PAYMENT_PARTNER', name: 'VNPAY test' });
    const ppId = pp.body.partner.id as string;
    expect((await as(admin).put(`/v1/admin/partners/${ppId}/marketplaces/${marketplaceId}`)).body.marketplaceIds).toEqual([marketplaceId]);
    expect((await lastEvent(ppId)).marketplaceIds).toEqual([marketplaceId]);
    expect((await as(admin).put(`/v1/admin/partners/${marketplaceId}/marketplaces/${ppId}`)).status).toBe(409);
    expect((await as(admin).delete(`/v1/admin/partners/${ppId}/marketplaces/${marketplaceId}`)).body.marketplaceIds).toEqual([]);
    expect((await lastEvent(ppId)).marketplaceIds).toEqual([]);
    expect((await as(admin).get(`/v1/admin/partners/${randomUUID()}`)).status).toBe(404);
  });

  it('gives a courier the payment partner it remits COD cash to: set, shown, published, cleared by null; refused for other kinds or a non-payment partner', async () => {
    const pp = (await as(admin).post('/v1/admin/partners', { kind: 'PAYMENT_PARTNER', name: `Thu hộ ${randomUUID().slice(0, 6)}` })).body.partner.id as string;
    const created = await as(admin).post('/v1/admin/partners', { kind: 'COURIER', name: `GHN ${randomUUID().slice(0, 6)}`, settings: { codCollectionPartnerId: pp } });
    expect(created.status).toBe(201);
    const courierId = created.body.partner.id as string;
    expect(created.body.partner.settings.codCollectionPartnerId).toBe(pp);
    expect((await lastEvent(courierId)).settings.codCollectionPartnerId).toBe(pp);

    const other = (await as(admin).post('/v1/admin/partners', { kind: 'PAYMENT_PARTNER', name: `Thu hộ 2 ${randomUUID().slice(0, 6)}` })).body.partner.id as string;
    const moved = await as(admin).patch(`/v1/admin/partners/${courierId}`, { settings: { codCollectionPartnerId: other } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ revision: 2, settings: { codCollectionPartnerId: other } });
    const kept = await as(admin).patch(`/v1/admin/partners/${courierId}`, { settings: { ipAllowList: ['203.0.113.0/24'] } });
    expect(kept.body).toMatchObject({ revision: 3, settings: { codCollectionPartnerId: other, ipAllowList: ['203.0.113.0/24'] } });

    const marketplace = (await as(admin).post('/v1/admin/partners', { kind: 'MARKETPLACE', name: `Sàn ${randomUUID().slice(0, 6)}` })).body.partner;
    expect(marketplace.settings.codCollectionPartnerId).toBeNull();
    const refusals: Array<[string, object, number, string]> = [
      [courierId, { codCollectionPartnerId: randomUUID() }, 422, 'unknown-payment-partner'],
      [courierId, { codCollectionPartnerId: marketplace.id }, 422, 'unknown-payment-partner'],
      [courierId, { codCollectionPartnerId: courierId }, 422, 'unknown-payment-partner'],
      [marketplace.id, { codCollectionPartnerId: pp }, 400, 'invalid-settings'],
      [pp, { codCollectionPartnerId: other }, 400, 'invalid-settings'],
    ];
    for (const [id, settings, status, type] of refusals) {
      const res = await as(admin).patch(`/v1/admin/partners/${id}`, { settings });
      expect([id, res.status, res.body.type, res.body.field, res.body.errors?.[0]?.field]).toEqual([
        id,
        status,
        `https://trustcircle.vn/problems/${type}`,
        'settings.codCollectionPartnerId',
        'settings.codCollectionPartnerId',
      ]);
    }
    const notAUuid = await as(admin).patch(`/v1/admin/partners/${courierId}`, { settings: { codCollectionPartnerId: 'vnpay' } });
    expect([notAUuid.status, notAUuid.body.errors[0].field]).toEqual([400, 'settings.codCollectionPartnerId']);
    const refusedNames = [`Sàn ${randomUUID().slice(0, 6)}`, `GHTK ${randomUUID().slice(0, 6)}`];
    const onCreate = await as(admin).post('/v1/admin/partners', { kind: 'MARKETPLACE', name: refusedNames[0], settings: { codCollectionPartnerId: pp } });
    expect([onCreate.status, onCreate.body.field]).toEqual([400, 'settings.codCollectionPartnerId']);
    const unknownOnCreate = await as(admin).post('/v1/admin/partners', { kind: 'COURIER', name: refusedNames[1], settings: { codCollectionPartnerId: randomUUID() } });
    expect([unknownOnCreate.status, unknownOnCreate.body.field]).toEqual([422, 'settings.codCollectionPartnerId']);
    expect(await t.dataSource.query(`SELECT id FROM "console"."partners" WHERE name = ANY($1)`, [refusedNames])).toEqual([]);
    expect((await as(admin).get(`/v1/admin/partners/${courierId}`)).body).toMatchObject({ revision: 3, settings: { codCollectionPartnerId: other } });
    expect((await as(admin).get(`/v1/admin/partners/${marketplace.id}`)).body.revision).toBe(1);

    const cleared = await as(admin).patch(`/v1/admin/partners/${courierId}`, { settings: { codCollectionPartnerId: null } });
    expect(cleared.body).toMatchObject({ revision: 4, settings: { codCollectionPartnerId: null } });
    expect((await lastEvent(courierId)).settings).not.toHaveProperty('codCollectionPartnerId');
    expect((await as(admin).patch(`/v1/admin/partners/${courierId}`, { settings: { codCollectionPartnerId: null } })).body.revision).toBe(4); // nothing to clear
    expect((await as(admin).patch(`/v1/admin/partners/${marketplace.id}`, { settings: { codCollectionPartnerId: null } })).body).toMatchObject({ revision: 1, settings: { codCollectionPartnerId: null } });

    const doc = await request(server).get('/docs-json');
    expect(doc.body.components.schemas.PartnerSettingsDto.properties.codCollectionPartnerId).toMatchObject({ type: 'string', format: 'uuid', nullable: true });
    expect(doc.body.components.schemas.PartnerSettingsPatchDto.properties.codCollectionPartnerId).toMatchObject({ type: 'string', format: 'uuid', nullable: true });
  });

  it('never shows a key, a hash or a secret in lists and details', async () => {
    const c = await as(admin).post('/v1/admin/partners', { kind: 'COURIER', name: 'Viettel Post test' });
    const [row] = (await t.dataSource.query(`SELECT sha256 FROM "console"."partner_credentials" WHERE partner_id = $1 AND type = 'API_KEY'`, [
      c.body.partner.id,
    ])) as Array<{ sha256: string }>;
    const detail = await as(admin).get(`/v1/admin/partners/${c.body.partner.id}`);
    const list = await as(admin).get('/v1/admin/partners?kind=COURIER&limit=200');
    expect(list.status).toBe(200);
    expect(list.body.items.some((p: { id: string }) => p.id === c.body.partner.id)).toBe(true);
    for (const text of [JSON.stringify(detail.body), JSON.stringify(list.body)]) {
      expectNoSecret(text, [c.body.credentials.apiKey, c.body.credentials.webhookSecret]);
      expect(text).not.toContain(row.sha256);
      expect(text).not.toMatch(/sha256|ciphertext/);
    }
  });

  it('lets viewers read, answers 403 to their changes, 401 without a token or for a disabled operator', async () => {
    const viewer = await t.tokenFor('viewer');
    expect((await as(viewer.token).get('/v1/admin/partners')).status).toBe(200);
    expect((await as(viewer.token).get('/v1/admin/operators')).status).toBe(200);
    const refused = await as(viewer.token).post('/v1/admin/partners', { kind: 'MARKETPLACE', name: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ type: 'https://trustcircle.vn/problems/insufficient-permissions' });
    const anonymous = await request(server).get('/v1/admin/partners');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    await t.dataSource.query(`UPDATE "console"."operators" SET status = 'DISABLED' WHERE id = $1`, [viewer.operatorId]);
    expect((await as(viewer.token).get('/v1/admin/partners')).status).toBe(401);
  });

  it('creates operators (idempotently) and refuses a taken name', async () => {
    const name = `mediator-${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const first = await as(admin).post('/v1/admin/operators', { name, role: 'mediator' }).set('idempotency-key', key);
    const retry = await as(admin).post('/v1/admin/operators', { name, role: 'mediator' }).set('idempotency-key', key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const taken = await as(admin).post('/v1/admin/operators', { name: name.toUpperCase(), role: 'viewer' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ type: 'https://trustcircle.vn/problems/operator-name-taken' });
  });

  it('documents every admin endpoint in OpenAPI with the bearer scheme', async () => {
    const doc = await request(server).get('/docs-json');
    const paths = Object.keys(doc.body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/admin/partners',
        '/v1/admin/partners/{partnerId}',
        '/v1/admin/partners/{partnerId}/disable',
        '/v1/admin/partners/{partnerId}/enable',
        '/v1/admin/partners/{partnerId}/credential-rotations',
        '/v1/admin/partners/{partnerId}/credentials/{credentialId}/revoke',
        '/v1/admin/partners/{partnerId}/marketplaces/{marketplaceId}',
        '/v1/admin/operators',
      ]),
    );
    expect(doc.body.paths['/v1/admin/partners'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.body.components.schemas.IssuedCredentialsDto.properties.apiKey.example).toMatch(/^tc_mkp_/);
  });
});
