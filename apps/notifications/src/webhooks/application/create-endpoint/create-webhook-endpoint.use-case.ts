import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, IsNull } from 'typeorm';
import { MAX_ENDPOINTS_PER_PARTNER } from '../../domain/webhook-endpoint-vocabulary';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import { EndpointInputRules } from '../shared/endpoint-input-rules';
import { endpointWithUrl, lockOwnerEndpoints } from '../shared/owned-endpoints';
import { SigningSecretVault } from '../shared/signing-secret-vault';
import type { EndpointOwner } from '../shared/webhook-caller';
import { webhookEndpointView, type WebhookEndpointWithSecret } from '../shared/webhook-endpoint-view';
import { webhookProblems } from '../shared/webhook-problems';

/** What a partner asks for when it registers an endpoint. */
export interface CreateWebhookEndpointInput {
  url: string;
  events: string[];
  description?: string | null;
}

/**
 * Registers a partner's webhook endpoint, ENABLED, with a fresh signing secret that is answered this once and
 * stored only sealed. Refuses a bad URL or event type (400 naming the field), a 21st endpoint and a second
 * endpoint with the same URL (409; a lost answer is recovered by rotating the secret of the existing one).
 */
@Injectable()
export class CreateWebhookEndpointUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly rules: EndpointInputRules,
    private readonly vault: SigningSecretVault,
  ) {}

  async execute(owner: EndpointOwner, input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
    const url = this.rules.url(input.url);
    const events = this.rules.events(owner.kind, input.events);
    return this.dataSource.transaction(async (m) => {
      await lockOwnerEndpoints(m, owner);
      const existing = await endpointWithUrl(m, owner, url);
      if (existing) throw webhookProblems.urlTaken(existing.id);
      if ((await m.countBy(WebhookEndpointRecord, { ownerPartnerId: owner.partnerId, deletedAt: IsNull() })) >= MAX_ENDPOINTS_PER_PARTNER) {
        throw webhookProblems.limitReached();
      }
      const now = this.clock.now();
      const id = randomUUID();
      const issued = this.vault.issue(id, now);
      const record = m.create(WebhookEndpointRecord, {
        id,
        ownerPartnerId: owner.partnerId,
        ownerKind: owner.kind,
        url,
        description: input.description ?? null,
        events,
        status: 'ENABLED',
        disabledReason: null,
        disabledAt: null,
        failingSince: null,
        secrets: [{ ...issued.sealed, expiresAt: null }],
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
      await m.insert(WebhookEndpointRecord, record);
      return { ...webhookEndpointView(record, now), secret: issued.secret };
    });
  }
}
