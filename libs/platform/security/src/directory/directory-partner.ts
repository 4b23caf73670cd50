import type { PartnerApiKeyV1, PartnerKind, PartnerSettingsV1, PartnerStatus, PartnerWebhookSecretV1 } from '@trustcircle/contracts';

/** A partner as the directory holds it: hashes and sealed secrets only. */
export interface DirectoryPartner {
  partnerId: string;
  kind: PartnerKind;
  status: PartnerStatus;
  name: string;
  /** The latest `revision` applied. */
  version: number;
  apiKeys: PartnerApiKeyV1[];
  webhookSecrets: PartnerWebhookSecretV1[];
  /** Payment partners: the marketplaces they serve. */
  marketplaceIds: string[];
  settings: PartnerSettingsV1;
  updatedAt: Date;
}

/** A directory row as PostgreSQL returns it. */
export interface DirectoryPartnerRow {
  partner_id: string;
  kind: PartnerKind;
  status: PartnerStatus;
  name: string;
  version: number;
  api_keys: PartnerApiKeyV1[];
  webhook_secrets: PartnerWebhookSecretV1[];
  marketplace_ids: string[];
  settings: PartnerSettingsV1;
  updated_at: Date;
}

/** Maps a row to a {@link DirectoryPartner}. */
export function toDirectoryPartner(row: DirectoryPartnerRow): DirectoryPartner {
  return {
    partnerId: row.partner_id,
    kind: row.kind,
    status: row.status,
    name: row.name,
    version: row.version,
    apiKeys: row.api_keys,
    webhookSecrets: row.webhook_secrets,
    marketplaceIds: row.marketplace_ids,
    settings: row.settings,
    updatedAt: row.updated_at,
  };
}

/** Whether a credential with this expiry is still valid at `now`. */
export function credentialValid(expiresAt: string | null, now: Date): boolean {
  return expiresAt === null || now.getTime() < new Date(expiresAt).getTime();
}
