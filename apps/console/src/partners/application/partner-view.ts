import type { PartnerKind, PartnerSettingsV1, PartnerStatus } from '@trustcircle/contracts';
import type { CredentialStatus, CredentialType, PartnerCredentialRecord } from '../infrastructure/partner-credential.orm-entity';
import type { PartnerRecord } from '../infrastructure/partner.orm-entity';

/** A credential as operators see it: never its hash or its sealed secret. */
export interface CredentialView {
  id: string;
  type: CredentialType;
  status: CredentialStatus;
  /** Whether it is accepted now (active and not past its expiry). */
  valid: boolean;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** A partner as operators see it. */
export interface PartnerView {
  id: string;
  kind: PartnerKind;
  name: string;
  status: PartnerStatus;
  revision: number;
  /** Effective settings; `codCollectionPartnerId` always present (null: none, and for kinds other than couriers). */
  settings: PartnerSettingsV1 & { codCollectionPartnerId: string | null };
  /** Payment partners: the marketplaces they serve. */
  marketplaceIds: string[];
  credentials: CredentialView[];
  createdAt: string;
  updatedAt: string;
}

/** Maps a partner, its credentials and bindings to its view. */
export function toPartnerView(p: PartnerRecord, credentials: PartnerCredentialRecord[], marketplaceIds: string[], now: Date): PartnerView {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    status: p.status,
    revision: p.revision,
    settings: { ...p.settings, codCollectionPartnerId: p.settings.codCollectionPartnerId ?? null },
    marketplaceIds,
    credentials: credentials.map((c) => ({
      id: c.id,
      type: c.type,
      status: c.status,
      valid: c.status === 'ACTIVE' && (c.expiresAt === null || c.expiresAt.getTime() > now.getTime()),
      createdAt: c.createdAt.toISOString(),
      expiresAt: c.expiresAt?.toISOString() ?? null,
      revokedAt: c.revokedAt?.toISOString() ?? null,
    })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
