import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnerApiKeyV1, PartnerSettingsV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import { parseApiKey, apiKeyHash } from '../crypto/api-key';
import { PlatformKeyring } from '../crypto/platform-keyring';
import { constantTimeEqual } from '../crypto/secure-compare';
import { webhookSecretAad } from '../crypto/webhook-secret';
import type { OperatorKeySource } from '../auth/operator-key-source';
import { publicKeyFromJwk, type Ed25519PublicJwk } from '../tokens/ed25519-jwt';
import type { OperatorVerificationKey } from '../tokens/operator-token';
import { credentialValid, type DirectoryPartner, type DirectoryPartnerRow, toDirectoryPartner } from './directory-partner';
import { schemaOf } from './directory-schema-of';
import { TtlCache } from './ttl-cache';

/** How long directory reads are cached in memory. Updates applied by this process clear the cache at once. */
export const DIRECTORY_CACHE_TTL_MS = 3_000;

/** The outcome of presenting an API key. */
export type ApiKeyAuthentication =
  | { ok: true; partner: DirectoryPartner; keyId: string }
  | { ok: false; reason: 'malformed' | 'unknown-key' | 'wrong-secret' | 'expired' | 'partner-disabled'; keyId?: string };

/** A decrypted webhook secret with its expiry (kept in memory only). */
interface OpenedSecret {
  secret: string;
  expiresAt: string | null;
}

/**
 * This service's view of the partner registry: its `partner_directory` and `operator_signing_keys` tables
 * (learned from the partner topic), behind a short in-memory cache. Secrets are opened in memory only.
 */
@Injectable()
export class PartnerDirectory implements OperatorKeySource {
  private readonly logger = new Logger('PartnerDirectory');
  private readonly schema: string;
  private readonly partners = new TtlCache<DirectoryPartner | null>(DIRECTORY_CACHE_TTL_MS);
  private readonly keyIds = new TtlCache<string | null>(DIRECTORY_CACHE_TTL_MS);
  private readonly secrets = new TtlCache<OpenedSecret[]>(DIRECTORY_CACHE_TTL_MS, 1_000);
  private readonly signingKeys = new TtlCache<OperatorVerificationKey | null>(DIRECTORY_CACHE_TTL_MS, 100);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: PlatformKeyring,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.schema = schemaOf(dataSource);
  }

  /**
   * A partner by id, whatever its status. Inside a transaction pass its manager as `via`: a cache miss is then read
   * on the transaction's own connection, never a second one from the pool (with every pooled connection held by a
   * transaction waiting for its second, the pool would stall until its acquire timeout).
   */
  async get(partnerId: string, via?: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<DirectoryPartner | undefined> {
    if (!UUID.test(partnerId)) return undefined;
    const partner = await this.partners.getOrLoad(partnerId, async () => {
      const rows = (await (via ?? this.dataSource).query(`SELECT * FROM "${this.schema}"."partner_directory" WHERE partner_id = $1`, [partnerId])) as DirectoryPartnerRow[];
      return rows[0] ? toDirectoryPartner(rows[0]) : null;
    });
    return partner ?? undefined;
  }

  /** The partner holding the API key with this public id, and that key's record (hash, expiry). */
  async findByApiKeyId(keyId: string): Promise<{ partner: DirectoryPartner; apiKey: PartnerApiKeyV1 } | undefined> {
    const partnerId = await this.keyIds.getOrLoad(keyId, async () => {
      const rows = (await this.dataSource.query(`SELECT partner_id FROM "${this.schema}"."partner_directory" WHERE api_keys @> $1::jsonb`, [
        JSON.stringify([{ keyId }]),
      ])) as Array<{ partner_id: string }>;
      return rows[0]?.partner_id ?? null;
    });
    const partner = partnerId ? await this.get(partnerId) : undefined;
    const apiKey = partner?.apiKeys.find((k) => k.keyId === keyId);
    return partner && apiKey ? { partner, apiKey } : undefined;
  }

  /**
   * Checks a presented API key: well-formed, known, matching hash (constant time), not expired, partner active.
   * The kind of partner is the caller's to check.
   */
  async authenticateApiKey(presented: string): Promise<ApiKeyAuthentication> {
    const parsed = parseApiKey(presented);
    if (!parsed) return { ok: false, reason: 'malformed' };
    const { keyId } = parsed;
    const found = await this.findByApiKeyId(keyId);
    if (!found) return { ok: false, reason: 'unknown-key', keyId };
    if (!constantTimeEqual(apiKeyHash(presented), found.apiKey.sha256)) return { ok: false, reason: 'wrong-secret', keyId };
    if (!credentialValid(found.apiKey.expiresAt, this.clock.now())) return { ok: false, reason: 'expired', keyId };
    if (found.partner.status !== 'ACTIVE') return { ok: false, reason: 'partner-disabled', keyId };
    return { ok: true, partner: found.partner, keyId };
  }

  /** A marketplace's effective settings (inspection, ship-by, unpaid expiry, fee…); undefined when unknown. */
  async settingsOf(marketplaceId: string): Promise<PartnerSettingsV1 | undefined> {
    const partner = await this.get(marketplaceId);
    return partner?.kind === 'MARKETPLACE' ? partner.settings : undefined;
  }

  /**
   * The partner's currently valid webhook signing secrets (`whsec_…`), opened in memory: one, or two during a
   * rotation. Empty when the partner is unknown or has none.
   */
  async webhookSecretsOf(partnerId: string): Promise<string[]> {
    const partner = await this.get(partnerId);
    if (!partner) return [];
    const opened = await this.secrets.getOrLoad(`${partnerId}:${partner.version}`, async () => {
      const result: OpenedSecret[] = [];
      for (const s of partner.webhookSecrets) {
        if (!this.keyring.hasKey(s.keyId)) {
          this.logger.error(`webhook secret ${s.id} of partner ${partnerId} is sealed under platform key ${s.keyId}, which this service does not hold`);
          continue;
        }
        try {
          result.push({ secret: this.keyring.openText({ ciphertext: s.ciphertext, keyId: s.keyId }, webhookSecretAad(partnerId, s.id)), expiresAt: s.expiresAt });
        } catch {
          this.logger.error(`webhook secret ${s.id} of partner ${partnerId} does not open under platform key ${s.keyId}`);
        }
      }
      return result;
    });
    const now = this.clock.now();
    return opened.filter((s) => credentialValid(s.expiresAt, now)).map((s) => s.secret);
  }

  /** Whether an active payment partner serves (is bound to) a marketplace. */
  async servesMarketplace(paymentPartnerId: string, marketplaceId: string): Promise<boolean> {
    const partner = await this.get(paymentPartnerId);
    return partner?.kind === 'PAYMENT_PARTNER' && partner.status === 'ACTIVE' && partner.marketplaceIds.includes(marketplaceId);
  }

  /** The operator token verification key of `kid`: ACTIVE or RETIRED; never a REVOKED one. */
  async operatorKey(kid: string): Promise<OperatorVerificationKey | undefined> {
    const key = await this.signingKeys.getOrLoad(kid, async () => {
      const rows = (await this.dataSource.query(
        `SELECT kid, jwk, status, not_after FROM "${this.schema}"."operator_signing_keys" WHERE kid = $1 AND status IN ('ACTIVE', 'RETIRED')`,
        [kid],
      )) as Array<{ kid: string; jwk: Ed25519PublicJwk; status: 'ACTIVE' | 'RETIRED'; not_after: Date | null }>;
      const row = rows[0];
      return row ? { kid: row.kid, key: publicKeyFromJwk(row.jwk), status: row.status, notAfter: row.not_after } : null;
    });
    return key ?? undefined;
  }

  /**
   * Forgets every cached read. Called when this process applies an update; again shortly after, because the
   * update commits after the handler returns and a read in between may have cached the old row.
   */
  invalidate(): void {
    this.clearAll();
    setTimeout(() => this.clearAll(), 250).unref();
  }

  private clearAll(): void {
    this.partners.clear();
    this.keyIds.clear();
    this.secrets.clear();
    this.signingKeys.clear();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
