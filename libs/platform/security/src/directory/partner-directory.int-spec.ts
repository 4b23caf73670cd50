import { randomUUID } from 'node:crypto';
import type { PartnerUpsertedV1 } from '@trustcircle/contracts';
import { fixturePartner, rotated } from '../../test/directory-fixtures';
import { createSecurityTestApp, type SecurityTestApp } from '../../test/security-test-app';
import { PartnerDirectory } from './partner-directory';

describe(`${PartnerDirectory.name} (real PostgreSQL)`, () => {
  let t: SecurityTestApp;
  let directory: PartnerDirectory;
  const apply = (p: PartnerUpsertedV1) => t.dataSource.transaction((m) => t.writer.applyPartner(m, p));

  beforeAll(async () => {
    t = await createSecurityTestApp();
    directory = t.app.get(PartnerDirectory);
  });
  afterAll(() => t.close());

  it('keeps only the highest revision, whatever order events arrive in', async () => {
    const m = fixturePartner(t.keyring, 'MARKETPLACE');
    const v3 = { ...m.event, revision: 3, name: 'Chợ Việt v3' };
    expect(await apply(v3)).toBe(true);
    expect(await apply({ ...m.event, revision: 2, name: 'Chợ Việt v2' })).toBe(false);
    expect(await apply(v3)).toBe(false); // a redelivery changes nothing
    expect(await directory.get(m.event.partnerId)).toMatchObject({ name: 'Chợ Việt v3', version: 3 });
    expect(await apply({ ...m.event, revision: 4, name: 'Chợ Việt v4' })).toBe(true);
    expect((await directory.get(m.event.partnerId))?.name).toBe('Chợ Việt v4');
  });

  it('answers a marketplace’s settings, and none for other kinds or unknown ids', async () => {
    const m = fixturePartner(t.keyring, 'MARKETPLACE');
    await apply({ ...m.event, settings: { ...m.event.settings, inspectionDays: 7, platformFeeBps: 150 } });
    expect(await directory.settingsOf(m.event.partnerId)).toMatchObject({ inspectionDays: 7, platformFeeBps: 150 });
    const c = fixturePartner(t.keyring, 'COURIER');
    await apply(c.event);
    expect(await directory.settingsOf(c.event.partnerId)).toBeUndefined();
    expect(await directory.settingsOf(randomUUID())).toBeUndefined();
    expect(await directory.get('not-a-uuid')).toBeUndefined();
  });

  it('knows which marketplaces an active payment partner serves', async () => {
    const marketplaceId = randomUUID();
    const p = fixturePartner(t.keyring, 'PAYMENT_PARTNER', { marketplaceIds: [marketplaceId] });
    await apply(p.event);
    expect(await directory.servesMarketplace(p.event.partnerId, marketplaceId)).toBe(true);
    expect(await directory.servesMarketplace(p.event.partnerId, randomUUID())).toBe(false);
    await apply({ ...p.event, revision: 2, status: 'DISABLED' });
    expect(await directory.servesMarketplace(p.event.partnerId, marketplaceId)).toBe(false);
  });

  it('opens the valid webhook secrets in memory only: two during a rotation, then the new one', async () => {
    const c = fixturePartner(t.keyring, 'COURIER');
    await apply(c.event);
    expect(await directory.webhookSecretsOf(c.event.partnerId)).toEqual(c.secrets);
    const r = rotated(t.keyring, c, new Date(t.clock.now().getTime() + 60_000).toISOString());
    await apply(r.event);
    expect(await directory.webhookSecretsOf(c.event.partnerId)).toEqual(r.secrets);
    t.clock.advance(60_001);
    expect(await directory.webhookSecretsOf(c.event.partnerId)).toEqual([r.secrets[1]]);
    const [row] = (await t.dataSource.query(`SELECT webhook_secrets::text AS s, api_keys::text AS k FROM "notifications"."partner_directory" WHERE partner_id = $1`, [
      c.event.partnerId,
    ])) as Array<{ s: string; k: string }>;
    for (const secret of r.secrets) expect(row.s).not.toContain(secret.slice(6));
    for (const key of r.apiKeys) expect(row.k).not.toContain(key);
  });

  it('finds a partner by API key id, and forgets cached reads when an update is applied', async () => {
    const m = fixturePartner(t.keyring, 'MARKETPLACE');
    await apply(m.event);
    const keyId = m.event.apiKeys[0].keyId;
    expect((await directory.findByApiKeyId(keyId))?.partner.partnerId).toBe(m.event.partnerId);
    expect((await directory.authenticateApiKey(m.apiKeys[0])).ok).toBe(true);
    await apply({ ...m.event, revision: 2, apiKeys: [] });
    expect(await directory.findByApiKeyId(keyId)).toBeUndefined();
    expect(await directory.authenticateApiKey(m.apiKeys[0])).toEqual({ ok: false, reason: 'unknown-key', keyId });
  });
});
