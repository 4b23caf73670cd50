/**
 * The console's partner registry as its API answers (`/v1/admin/partners`, apps/console/src/partners/api): partners,
 * their effective settings and credential metadata, and credentials handed over once.
 */

export const PARTNER_KINDS = ['MARKETPLACE', 'COURIER', 'PAYMENT_PARTNER'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** A partner's effective settings. */
export interface PartnerSettings {
  inspectionDays: number;
  shipByDays: number;
  unpaidExpiryHours: number;
  platformFeeBps: number;
  zaloEnabled: boolean;
  unaccentedSms: boolean;
  ipAllowList: string[];
  codCollectionPartnerId: string | null;
}

/** Settings to change: fields left out keep their value (`codCollectionPartnerId: null` clears it). */
export type PartnerSettingsPatch = Partial<PartnerSettings>;

/** A credential's metadata (never the key or secret). */
export interface PartnerCredential {
  id: string;
  type: 'API_KEY' | 'WEBHOOK_SECRET';
  status: 'ACTIVE' | 'REVOKED';
  valid: boolean;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface Partner {
  id: string;
  kind: PartnerKind;
  name: string;
  status: PartnerStatus;
  revision: number;
  settings: PartnerSettings;
  marketplaceIds: string[];
  credentials: PartnerCredential[];
  createdAt: string;
  updatedAt: string;
}

export interface PartnerPage {
  items: Partner[];
  nextCursor: string | null;
}

/** Credentials handed over once, at onboarding or rotation. */
export interface IssuedCredentials {
  apiKey?: string;
  apiKeyId?: string;
  webhookSecret?: string;
  webhookSecretId?: string;
}

/** `POST /v1/admin/partners`. */
export interface CreatePartnerBody {
  kind: PartnerKind;
  name: string;
  settings?: PartnerSettingsPatch;
  marketplaceIds?: string[];
}

export interface CreatedPartner {
  partner: Partner;
  credentials: IssuedCredentials;
}

/** What to rotate. */
export type RotationTarget = 'all' | 'api-key' | 'webhook-secret';

export interface RotatedCredentials {
  partner: Partner;
  credentials: IssuedCredentials;
  previousValidUntil: string;
}
