import { randomUUID } from 'node:crypto';
import type { PartnerKind, PartnerSettingsV1, PartnerUpsertedV1 } from '@trustcircle/contracts';
import { generateApiKey, generateWebhookSecret, type PlatformKeyring, webhookSecretAad } from '../src';

/** Settings every fixture partner gets unless overridden. */
export const FIXTURE_SETTINGS: PartnerSettingsV1 = {
  inspectionDays: 3,
  shipByDays: 5,
  unpaidExpiryHours: 24,
  platformFeeBps: 200,
  zaloEnabled: false,
  unaccentedSms: false,
  ipAllowList: [],
};

/** A partner as the console would publish it, with its credentials in clear for the test to present. */
export interface FixturePartner {
  event: PartnerUpsertedV1;
  apiKeys: string[];
  secrets: string[];
}

/** Builds a `partners.partner-upserted` payload with fresh credentials (API key; webhook secret unless marketplace). */
export function fixturePartner(keyring: PlatformKeyring, kind: PartnerKind, overrides: Partial<PartnerUpsertedV1> = {}): FixturePartner {
  const partnerId = overrides.partnerId ?? randomUUID();
  const key = generateApiKey(kind);
  const secret = generateWebhookSecret();
  const sealed = keyring.seal(secret.secret, webhookSecretAad(partnerId, secret.id));
  const now = new Date().toISOString();
  return {
    apiKeys: [key.apiKey],
    secrets: kind === 'MARKETPLACE' ? [] : [secret.secret],
    event: {
      partnerId,
      kind,
      status: 'ACTIVE',
      name: `Test ${kind} ${partnerId.slice(0, 8)}`,
      revision: 1,
      apiKeys: [{ keyId: key.keyId, sha256: key.sha256, createdAt: now, expiresAt: null }],
      webhookSecrets: kind === 'MARKETPLACE' ? [] : [{ id: secret.id, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: now, expiresAt: null }],
      marketplaceIds: [],
      settings: FIXTURE_SETTINGS,
      updatedAt: now,
      ...overrides,
    },
  };
}

/** Adds a second API key and webhook secret (a rotation) to a fixture, as the next revision. */
export function rotated(keyring: PlatformKeyring, f: FixturePartner, oldValidUntil: string | null): FixturePartner {
  const p = f.event;
  const key = generateApiKey(p.kind);
  const secret = generateWebhookSecret();
  const sealed = keyring.seal(secret.secret, webhookSecretAad(p.partnerId, secret.id));
  const now = new Date().toISOString();
  return {
    apiKeys: [...f.apiKeys, key.apiKey],
    secrets: p.kind === 'MARKETPLACE' ? [] : [...f.secrets, secret.secret],
    event: {
      ...p,
      revision: p.revision + 1,
      apiKeys: [...p.apiKeys.map((k) => ({ ...k, expiresAt: oldValidUntil })), { keyId: key.keyId, sha256: key.sha256, createdAt: now, expiresAt: null }],
      webhookSecrets:
        p.kind === 'MARKETPLACE'
          ? []
          : [...p.webhookSecrets.map((s) => ({ ...s, expiresAt: oldValidUntil })), { id: secret.id, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: now, expiresAt: null }],
    },
  };
}
