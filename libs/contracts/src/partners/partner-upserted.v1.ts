import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsNestedArray, IsNestedObject } from '../common/composite-validators';
import { IsNullable, IsSealed, IsUtcTimestamp, KEY_ID } from '../common/validators';
import { SHA256_HEX } from '../escrow/escrow-vocabulary';
import { CIDR, CREDENTIAL_ID, PARTNER_KINDS, PARTNER_STATUSES, type PartnerKind, type PartnerStatus } from './partner-vocabulary';

/** One API key of a partner, as a hash: enough to verify a presented key, useless to present one. */
export class PartnerApiKeyV1 {
  /** The key's public id (its visible prefix): which hash to compare with. */
  @Matches(CREDENTIAL_ID)
  keyId!: string;

  /**
   * SHA-256 (lowercase hex) of the whole API key. Keys are 256-bit random, so an unsalted hash is safe; compare
   * in constant time. Couriers' GHN path tokens are API keys too.
   */
  @Matches(SHA256_HEX)
  sha256!: string;

  /** When the key was created (ISO-8601 UTC). */
  @IsUtcTimestamp()
  createdAt!: string;

  /** When it stops being accepted (ISO-8601 UTC; the old key during a rotation); null: no expiry. */
  @IsNullable() @IsUtcTimestamp()
  expiresAt!: string | null;
}

/**
 * One secret the partner signs its webhooks to us with (Standard Webhooks, `whsec_…`). Verifying an HMAC needs
 * the secret itself, so it travels sealed, never in clear.
 */
export class PartnerWebhookSecretV1 {
  /** The secret's id. */
  @Matches(CREDENTIAL_ID)
  id!: string;

  /** The secret, sealed with AES-256-GCM under the platform key (SEALED_FORMAT; AAD = `<partnerId>:<id>`), base64. */
  @IsSealed()
  ciphertext!: string;

  /** Id of the platform key that sealed it (rotation). */
  @Matches(KEY_ID)
  keyId!: string;

  /** When the secret was created (ISO-8601 UTC). */
  @IsUtcTimestamp()
  createdAt!: string;

  /** When it stops being accepted (ISO-8601 UTC; the old secret during a rotation); null: no expiry. */
  @IsNullable() @IsUtcTimestamp()
  expiresAt!: string | null;
}

/** A partner's effective settings. Every field is always set; those that do not apply to the kind are ignored. */
export class PartnerSettingsV1 {
  /** Marketplaces: default inspection window in days (0–30). */
  @IsInt() @Min(0) @Max(30)
  inspectionDays!: number;

  /** Marketplaces: default ship-by window in days (1–30). */
  @IsInt() @Min(1) @Max(30)
  shipByDays!: number;

  /** Marketplaces: hours before an unpaid PREPAID order expires (1–720). */
  @IsInt() @Min(1) @Max(720)
  unpaidExpiryHours!: number;

  /** Marketplaces: platform fee taken on release, in basis points (0–10,000). */
  @IsInt() @Min(0) @Max(10_000)
  platformFeeBps!: number;

  /** Marketplaces: send buyer messages by Zalo (ZNS) where possible. */
  @IsBoolean()
  zaloEnabled!: boolean;

  /** Marketplaces: send buyer SMS without Vietnamese diacritics (fits GSM-7). */
  @IsBoolean()
  unaccentedSms!: boolean;

  /** Couriers and payment partners: networks their webhooks may come from (CIDR); empty: any. */
  @IsArray() @ArrayMaxSize(50) @Matches(CIDR, { each: true })
  ipAllowList!: string[];

  /**
   * Couriers: the payment partner (partner id) holding the collection account this courier remits COD cash into;
   * escrow clears the courier's remittances through it and pays COD sellers and refunds COD buyers through it.
   * Null or absent (records older than the field): the courier cannot remit COD yet.
   */
  @IsOptional() @IsUUID()
  codCollectionPartnerId?: string | null;
}

/**
 * `partners.partner-upserted` v1: the latest verification material and settings of a partner, on a compacted
 * topic keyed by partner id: every service rebuilds its partner cache from it. It carries hashes and sealed
 * secrets only. A partner is never deleted (no tombstones): it is DISABLED.
 */
export class PartnerUpsertedV1 {
  /** The partner's id (UUID). The Kafka key. */
  @IsUUID()
  partnerId!: string;

  /** MARKETPLACE, COURIER or PAYMENT_PARTNER. */
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  /** ACTIVE or DISABLED. */
  @IsIn(PARTNER_STATUSES)
  status!: PartnerStatus;

  /** Display name (1–200 characters). */
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  /** Record revision, +1 per change: consumers ignore a revision not above the one they hold. */
  @IsInt() @Min(1) @Max(2_147_483_647)
  revision!: number;

  /** API keys, at most 2 (old and new during a rotation); empty when none is valid. */
  @IsNestedArray(() => PartnerApiKeyV1, 0, 2)
  apiKeys!: PartnerApiKeyV1[];

  /** Webhook signing secrets, at most 2 (during a rotation); empty for partners that send no webhooks. */
  @IsNestedArray(() => PartnerWebhookSecretV1, 0, 2)
  webhookSecrets!: PartnerWebhookSecretV1[];

  /** Payment partners: the marketplaces (partner ids) they serve; empty for other kinds. */
  @IsArray() @ArrayMaxSize(1000) @ArrayUnique() @IsUUID(undefined, { each: true })
  marketplaceIds!: string[];

  /** Effective settings. */
  @IsNestedObject(() => PartnerSettingsV1)
  settings!: PartnerSettingsV1;

  /** When the record last changed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  updatedAt!: string;
}
