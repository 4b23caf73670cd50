import { Injectable, Logger } from '@nestjs/common';
import type { OperatorSigningKeyPublishedV1, PartnerUpsertedV1 } from '@trustcircle/contracts';
import type { EntityManager } from 'typeorm';
import { schemaOf } from './directory-schema-of';
import { PartnerDirectory } from './partner-directory';

/**
 * Applies partner directory events to this service's tables, inside the consumer's transaction. Idempotent and
 * order-proof: a partner record is replaced only by a higher revision; a signing key's status only moves
 * forward (ACTIVE → RETIRED → REVOKED), and never for another public key under the same id.
 */
@Injectable()
export class PartnerDirectoryWriter {
  private readonly logger = new Logger('PartnerDirectory');

  constructor(private readonly directory: PartnerDirectory) {}

  /** Upserts a partner unless this service already holds the same or a newer revision. Returns whether it applied. */
  async applyPartner(manager: EntityManager, p: PartnerUpsertedV1): Promise<boolean> {
    const s = schemaOf(manager);
    const rows = (await manager.query(
      `INSERT INTO "${s}"."partner_directory"
         (partner_id, kind, status, name, version, api_keys, webhook_secrets, marketplace_ids, settings, updated_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::uuid[], $9::jsonb, $10, now())
       ON CONFLICT (partner_id) DO UPDATE SET
         kind = EXCLUDED.kind, status = EXCLUDED.status, name = EXCLUDED.name, version = EXCLUDED.version,
         api_keys = EXCLUDED.api_keys, webhook_secrets = EXCLUDED.webhook_secrets, marketplace_ids = EXCLUDED.marketplace_ids,
         settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at, received_at = now()
       WHERE "partner_directory".version < EXCLUDED.version
       RETURNING partner_id`,
      [
        p.partnerId,
        p.kind,
        p.status,
        p.name,
        p.revision,
        JSON.stringify(p.apiKeys),
        JSON.stringify(p.webhookSecrets),
        p.marketplaceIds,
        JSON.stringify(p.settings),
        p.updatedAt,
      ],
    )) as unknown[];
    const applied = rows.length > 0;
    if (applied) this.directory.invalidate();
    else this.logger.debug(`partner ${p.partnerId} revision ${p.revision} ignored: not newer than the one held`);
    return applied;
  }

  /** Records a signing key's publication, retirement or revocation. Returns whether it applied. */
  async applySigningKey(manager: EntityManager, k: OperatorSigningKeyPublishedV1, occurredAt: string): Promise<boolean> {
    const s = schemaOf(manager);
    const rank = (col: string): string => `(CASE ${col} WHEN 'ACTIVE' THEN 0 WHEN 'RETIRED' THEN 1 ELSE 2 END)`;
    const rows = (await manager.query(
      `INSERT INTO "${s}"."operator_signing_keys" (kid, alg, jwk, status, created_at, retired_at, not_after, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, now())
       ON CONFLICT (kid) DO UPDATE SET
         status = EXCLUDED.status,
         retired_at = COALESCE("operator_signing_keys".retired_at, EXCLUDED.retired_at),
         not_after = EXCLUDED.not_after,
         updated_at = now()
       WHERE "operator_signing_keys".jwk = EXCLUDED.jwk AND ${rank('"operator_signing_keys".status')} <= ${rank('EXCLUDED.status')}
       RETURNING kid`,
      [k.kid, k.alg, JSON.stringify(k.publicJwk), k.status, k.publishedAt, k.status === 'ACTIVE' ? null : occurredAt, k.notAfter],
    )) as unknown[];
    const applied = rows.length > 0;
    if (applied) this.directory.invalidate();
    else this.logger.warn(`signing key ${k.kid} ${k.status} ignored: its status would move back, or its public key differs`);
    return applied;
  }
}
