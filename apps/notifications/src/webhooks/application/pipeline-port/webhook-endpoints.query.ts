import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { validSigningSecrets } from '../../domain/signing-secrets';
import { ALL_EVENTS, endpointReceives, type WebhookOwnerKind } from '../../domain/webhook-event-types';
import type { WebhookDisabledReason, WebhookEndpointStatus } from '../../domain/webhook-endpoint-vocabulary';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import { SigningSecretVault } from '../shared/signing-secret-vault';

/** Where to deliver and how to sign: the URL and the secrets valid now, opened, newest first. */
export interface WebhookTarget {
  id: string;
  url: string;
  /** `whsec_…` secrets in clear (sign with each: `webhook-signature: v1,<a> v1,<b>`). Never log or store them. */
  secrets: string[];
}

/** An endpoint as the pipeline needs it for tenancy checks and sending. */
export interface WebhookEndpointSummary extends WebhookTarget {
  ownerPartnerId: string;
  ownerKind: WebhookOwnerKind;
  status: WebhookEndpointStatus;
  disabledReason: WebhookDisabledReason | null;
  /** When deliveries started failing without a success since; null while healthy. */
  failingSince: Date | null;
  /** Set once deleted (then `secrets` is empty). */
  deletedAt: Date | null;
}

/** What `disable` changed: enough for `notifications.webhook-endpoint-disabled`. */
export interface DisabledWebhookEndpoint {
  endpointId: string;
  partnerId: string;
  /** The URL's host only (paths may hold tokens). */
  urlHost: string;
  failingSince: Date | null;
  disabledAt: Date;
}

/**
 * The webhooks slice's port for the delivery pipeline: which endpoints receive an event, their signing secrets,
 * and their health. Every method works in the caller's transaction (`manager`).
 */
@Injectable()
export class WebhookEndpointsQuery {
  private readonly logger = new Logger(WebhookEndpointsQuery.name);

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly vault: SigningSecretVault,
  ) {}

  /**
   * The ENABLED endpoints of `ownerPartnerId` that receive `eventType` (listed, or `*` for a type the owner's kind
   * may receive), oldest first, with their valid secrets.
   */
  async subscribedTo(manager: EntityManager, ownerPartnerId: string, eventType: string): Promise<WebhookTarget[]> {
    const rows = await manager
      .createQueryBuilder(WebhookEndpointRecord, 'e')
      .where(`e.ownerPartnerId = :ownerPartnerId AND e.status = 'ENABLED' AND e.deletedAt IS NULL`, { ownerPartnerId })
      .andWhere('e.events && ARRAY[:eventType, :all]::text[]', { eventType, all: ALL_EVENTS })
      .orderBy('e.createdAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    return rows.filter((r) => endpointReceives(r.ownerKind, r.events, eventType)).map((r) => this.targetOf(r));
  }

  /** One endpoint, whatever its status (null when none): for tenancy checks (deliveries, replay) and at send time. */
  async find(manager: EntityManager, endpointId: string): Promise<WebhookEndpointSummary | null> {
    const r = await manager.findOneBy(WebhookEndpointRecord, { id: endpointId });
    if (!r) return null;
    return { ...this.targetOf(r), ownerPartnerId: r.ownerPartnerId, ownerKind: r.ownerKind, status: r.status, disabledReason: r.disabledReason, failingSince: r.failingSince, deletedAt: r.deletedAt };
  }

  /** Records that deliveries to the endpoint fail, from `since` (kept when already failing: the streak's start). */
  async markFailing(manager: EntityManager, endpointId: string, since: Date): Promise<void> {
    await manager.query(`UPDATE "webhook_endpoints" SET "failing_since" = $2 WHERE "id" = $1 AND "failing_since" IS NULL`, [endpointId, since]);
  }

  /** Records a successful delivery: the failing streak, if any, is over. */
  async markHealthy(manager: EntityManager, endpointId: string): Promise<void> {
    await manager.query(`UPDATE "webhook_endpoints" SET "failing_since" = NULL WHERE "id" = $1 AND "failing_since" IS NOT NULL`, [endpointId]);
  }

  /**
   * Disables an ENABLED endpoint (FAILING: after failing for the configured days). Answers what changed, or null
   * when it was not ENABLED (already disabled or deleted): record the disabled event only on a non-null answer.
   */
  async disable(manager: EntityManager, endpointId: string, reason: Exclude<WebhookDisabledReason, 'DELETED'>): Promise<DisabledWebhookEndpoint | null> {
    const now = this.clock.now();
    const rows = (await manager.query(
      `UPDATE "webhook_endpoints" SET "status" = 'DISABLED', "disabled_reason" = $2, "disabled_at" = $3, "updated_at" = $3
       WHERE "id" = $1 AND "status" = 'ENABLED' RETURNING "owner_partner_id", "url", "failing_since"`,
      [endpointId, reason, now],
    )) as [Array<{ owner_partner_id: string; url: string; failing_since: Date | null }>, number];
    const row = rows[0]?.[0];
    if (!row) return null;
    return { endpointId, partnerId: row.owner_partner_id, urlHost: new URL(row.url).hostname, failingSince: row.failing_since, disabledAt: now };
  }

  /**
   * The endpoint with its valid secrets opened. A secret that does not open (sealed under a platform key this
   * service no longer holds) is left out and logged by id, never thrown: planning an event must not fail for it (the
   * buyer's SMS and the feed would go with it); an endpoint left with no secret is unsendable at delivery.
   */
  private targetOf(r: WebhookEndpointRecord): WebhookTarget {
    const secrets = validSigningSecrets(r.secrets, this.clock.now()).flatMap((s) => {
      try {
        return [this.vault.open(r.id, s)];
      } catch {
        this.logger.warn(`webhook endpoint ${r.id}: signing secret ${s.id} does not open with this service's platform keys; left out`);
        return [];
      }
    });
    return { id: r.id, url: r.url, secrets };
  }
}
