import type { PartnerUpsertedV1 } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { PartnerCredentialRecord } from './partner-credential.orm-entity';
import { PartnerMarketplaceRecord } from './partner-marketplace.orm-entity';
import type { PartnerRecord } from './partner.orm-entity';

/** Whether a credential is valid at `now`: active and not past its expiry. */
export function credentialIsValid(c: PartnerCredentialRecord, now: Date): boolean {
  return c.status === 'ACTIVE' && (c.expiresAt === null || c.expiresAt.getTime() > now.getTime());
}

/** A partner's credentials, oldest first. */
export function credentialsOf(manager: EntityManager, partnerId: string): Promise<PartnerCredentialRecord[]> {
  return manager.find(PartnerCredentialRecord, { where: { partnerId }, order: { createdAt: 'ASC', id: 'ASC' } });
}

/** The marketplaces a payment partner serves, in a stable order. */
export async function marketplaceIdsOf(manager: EntityManager, paymentPartnerId: string): Promise<string[]> {
  const rows = await manager.find(PartnerMarketplaceRecord, { where: { paymentPartnerId }, order: { marketplaceId: 'ASC' } });
  return rows.map((r) => r.marketplaceId);
}

/**
 * The `partners.partner-upserted` payload of a partner as it stands: its valid API keys as hashes and its valid
 * webhook secrets sealed; never a secret in clear.
 */
export async function partnerSnapshot(manager: EntityManager, partner: PartnerRecord, now: Date): Promise<PartnerUpsertedV1> {
  const valid = (await credentialsOf(manager, partner.id)).filter((c) => credentialIsValid(c, now));
  return {
    partnerId: partner.id,
    kind: partner.kind,
    status: partner.status,
    name: partner.name,
    revision: partner.revision,
    apiKeys: valid
      .filter((c) => c.type === 'API_KEY')
      .map((c) => ({ keyId: c.id, sha256: c.sha256 as string, createdAt: c.createdAt.toISOString(), expiresAt: c.expiresAt?.toISOString() ?? null })),
    webhookSecrets: valid
      .filter((c) => c.type === 'WEBHOOK_SECRET')
      .map((c) => ({
        id: c.id,
        ciphertext: c.ciphertext as string,
        keyId: c.encKeyId as string,
        createdAt: c.createdAt.toISOString(),
        expiresAt: c.expiresAt?.toISOString() ?? null,
      })),
    marketplaceIds: partner.kind === 'PAYMENT_PARTNER' ? await marketplaceIdsOf(manager, partner.id) : [],
    settings: partner.settings,
    updatedAt: partner.updatedAt.toISOString(),
  };
}
