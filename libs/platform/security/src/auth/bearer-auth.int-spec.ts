import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { fixturePartner, rotated } from '../../test/directory-fixtures';
import { createSecurityTestApp, type SecurityTestApp } from '../../test/security-test-app';
import { generateApiKey } from '../crypto/api-key';
import type { PartnerUpsertedV1 } from '@trustcircle/contracts';
import { generateSigningKey, privateKeyFromDer } from '../tokens/ed25519-jwt';
import { type OperatorRole, signOperatorToken } from '../tokens/operator-token';

describe('@ApiKeyAuth and @OperatorAuth (real Nest app, PostgreSQL, Redis)', () => {
  let t: SecurityTestApp;
  let server: App;
  const apply = (p: PartnerUpsertedV1) => t.dataSource.transaction((m) => t.writer.applyPartner(m, p));

  beforeAll(async () => {
    t = await createSecurityTestApp();
    server = t.app.getHttpServer() as App;
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => {
    const r = request(server).get(path);
    return token === undefined ? r : r.set('authorization', `Bearer ${token}`);
  };

  describe('API keys', () => {
    it('authenticates a marketplace key and sets the principal', async () => {
      const m = fixturePartner(t.keyring, 'MARKETPLACE');
      await apply(m.event);
      const res = await get('/t/marketplace', m.apiKeys[0]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ kind: 'marketplace', id: m.event.partnerId, partnerId: m.event.partnerId });
    });

    it('answers 401 authentication-required with WWW-Authenticate: Bearer when no credentials are sent', async () => {
      const res = await get('/t/marketplace');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="trustcircle"/);
      expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/authentication-required', status: 401 });
    });

    it('answers 401 invalid-credentials for an unknown, malformed or wrong-secret key, and logs the key id only', async () => {
      const m = fixturePartner(t.keyring, 'MARKETPLACE');
      await apply(m.event);
      const [, , keyId] = m.apiKeys[0].split('_');
      const wrongSecret = `tc_mkp_${keyId}_${'A'.repeat(43)}`;
      for (const token of [generateApiKey('MARKETPLACE').apiKey, 'tc_mkp_nonsense', wrongSecret]) {
        const res = await get('/t/marketplace', token);
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
        expect(res.body).toMatchObject({ type: 'https://trustcircle.vn/problems/invalid-credentials' });
      }
      const log = t.logs.join('');
      expect(log).toContain('api-key-refused');
      expect(log).toContain(keyId);
      expect(log).not.toContain('A'.repeat(43));
    });

    it('answers 403 for another kind of partner, and accepts it where that kind is listed', async () => {
      const c = fixturePartner(t.keyring, 'COURIER');
      await apply(c.event);
      const refused = await get('/t/marketplace', c.apiKeys[0]);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ type: 'https://trustcircle.vn/problems/insufficient-permissions' });
      const ok = await get('/t/partners', c.apiKeys[0]);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ kind: 'courier', partnerId: c.event.partnerId });
    });

    it('accepts both keys during a rotation, then only the new one after the overlap; a revoked key is refused at once', async () => {
      const m = fixturePartner(t.keyring, 'MARKETPLACE');
      await apply(m.event);
      const overlapEnd = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
      const r = rotated(t.keyring, m, overlapEnd);
      await apply(r.event);
      for (const key of r.apiKeys) expect((await get('/t/marketplace', key)).status).toBe(200);
      t.clock.advance(3_600_001);
      expect((await get('/t/marketplace', r.apiKeys[0])).status).toBe(401);
      expect((await get('/t/marketplace', r.apiKeys[1])).status).toBe(200);
      // Revoked: the next revision no longer carries the key.
      await apply({ ...r.event, revision: r.event.revision + 1, apiKeys: [] });
      expect((await get('/t/marketplace', r.apiKeys[1])).status).toBe(401);
      // A stale revision arriving late does not bring it back.
      await apply(r.event);
      expect((await get('/t/marketplace', r.apiKeys[1])).status).toBe(401);
    });

    it('refuses the keys of a disabled partner, and accepts them again once enabled', async () => {
      const m = fixturePartner(t.keyring, 'MARKETPLACE');
      await apply({ ...m.event, status: 'DISABLED' });
      expect((await get('/t/marketplace', m.apiKeys[0])).status).toBe(401);
      await apply({ ...m.event, revision: 2 });
      expect((await get('/t/marketplace', m.apiKeys[0])).status).toBe(200);
    });
  });

  describe('operator tokens', () => {
    const key = generateSigningKey();
    const privateKey = privateKeyFromDer(key.privateKeyDer);
    const publish = (status: 'ACTIVE' | 'RETIRED' | 'REVOKED', kid = key.kid, jwk = key.publicJwk) =>
      t.dataSource.transaction((m) =>
        t.writer.applySigningKey(m, { kid, alg: 'EdDSA', status, publicJwk: jwk, publishedAt: new Date().toISOString(), notAfter: null }, new Date().toISOString()),
      );
    const token = (role: OperatorRole, ttlSeconds = 3600, kid = key.kid, pk = privateKey) =>
      signOperatorToken({ operatorId: randomUUID(), name: `op-${role}`, role, now: t.clock.now(), ttlSeconds }, kid, pk).token;

    beforeAll(() => publish('ACTIVE'));

    it('lets mediators and admins in with their implied roles, and answers 403 to a viewer', async () => {
      const mediator = await get('/t/mediation', token('mediator'));
      expect(mediator.status).toBe(200);
      expect(mediator.body).toMatchObject({ kind: 'operator', roles: ['viewer', 'mediator'] });
      expect(mediator.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await get('/t/mediation', token('admin'))).body.roles).toEqual(['viewer', 'mediator', 'admin']);
      const viewer = await get('/t/mediation', token('viewer'));
      expect(viewer.status).toBe(403);
      expect(viewer.body).toMatchObject({ type: 'https://trustcircle.vn/problems/insufficient-permissions', detail: expect.stringContaining('mediator') });
    });

    it('answers 401 to an expired token, an unknown key, and a forged signature', async () => {
      const expired = token('admin', 60);
      t.clock.advance(120_000);
      expect((await get('/t/mediation', expired)).status).toBe(401);
      const stranger = generateSigningKey();
      expect((await get('/t/mediation', token('admin', 3600, stranger.kid, privateKeyFromDer(stranger.privateKeyDer)))).status).toBe(401);
      expect((await get('/t/mediation', token('admin', 3600, key.kid, privateKeyFromDer(stranger.privateKeyDer)))).status).toBe(401);
      expect((await get('/t/mediation', 'not.a.jwt')).status).toBe(401);
    });

    it('keeps verifying with a RETIRED key, refuses a REVOKED one at once, and never moves a revoked key back', async () => {
      const k = generateSigningKey();
      const pk = privateKeyFromDer(k.privateKeyDer);
      await publish('ACTIVE', k.kid, k.publicJwk);
      const issued = token('mediator', 3600, k.kid, pk);
      expect((await get('/t/mediation', issued)).status).toBe(200);
      await publish('RETIRED', k.kid, k.publicJwk);
      expect((await get('/t/mediation', issued)).status).toBe(200);
      await publish('REVOKED', k.kid, k.publicJwk);
      expect((await get('/t/mediation', issued)).status).toBe(401);
      expect(await publish('ACTIVE', k.kid, k.publicJwk)).toBe(false);
      expect((await get('/t/mediation', issued)).status).toBe(401);
    });

    it('answers 403 to an operator token on a partner endpoint and to a partner key on an operator endpoint', async () => {
      expect((await get('/t/marketplace', token('admin'))).status).toBe(403);
      const m = fixturePartner(t.keyring, 'MARKETPLACE');
      await apply(m.event);
      expect((await get('/t/mediation', m.apiKeys[0])).status).toBe(403);
    });

    it('accepts either credential where both decorators apply', async () => {
      const m = fixturePartner(t.keyring, 'MARKETPLACE');
      await apply(m.event);
      expect((await get('/t/either', m.apiKeys[0])).body).toMatchObject({ kind: 'marketplace' });
      expect((await get('/t/either', token('viewer'))).body).toMatchObject({ kind: 'operator', roles: ['viewer'] });
    });
  });
});
