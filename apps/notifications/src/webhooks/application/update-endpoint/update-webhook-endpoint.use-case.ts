import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import type { WebhookEndpointStatus } from '../../domain/webhook-endpoint-vocabulary';
import { WebhookEndpointRecord } from '../../infrastructure/webhook-endpoint.orm-entity';
import { EndpointInputRules } from '../shared/endpoint-input-rules';
import { endpointWithUrl, lockOwnedEndpoint, lockOwnerEndpoints } from '../shared/owned-endpoints';
import type { EndpointOwner } from '../shared/webhook-caller';
import { webhookEndpointView, type WebhookEndpointView } from '../shared/webhook-endpoint-view';
import { webhookProblems } from '../shared/webhook-problems';

/** The changes an owner asks for; a field left out keeps its value (`description: null` clears it). */
export interface UpdateWebhookEndpointInput {
  url?: string;
  events?: string[];
  description?: string | null;
  status?: WebhookEndpointStatus;
}

/**
 * Changes an owner's endpoint: its URL (same rules as at creation), event types, description, or status.
 * `ENABLED` re-enables an endpoint disabled for failing or by its owner, and forgets its failing streak;
 * `DISABLED` pauses it (reason BY_OWNER). Nothing is changed when a field is refused. @throws 400, 404, 409 problems
 */
@Injectable()
export class UpdateWebhookEndpointUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly rules: EndpointInputRules,
  ) {}

  async execute(owner: EndpointOwner, endpointId: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointView> {
    const url = input.url === undefined ? undefined : this.rules.url(input.url);
    const events = input.events === undefined ? undefined : this.rules.events(owner.kind, input.events);
    return this.dataSource.transaction(async (m) => {
      await lockOwnerEndpoints(m, owner);
      const endpoint = await lockOwnedEndpoint(m, owner, endpointId);
      if (url !== undefined && url !== endpoint.url) {
        const existing = await endpointWithUrl(m, owner, url, endpoint.id);
        if (existing) throw webhookProblems.urlTaken(existing.id);
        endpoint.url = url;
      }
      if (events !== undefined) endpoint.events = events;
      if (input.description !== undefined) endpoint.description = input.description;
      const now = this.clock.now();
      if (input.status === 'ENABLED' && endpoint.status === 'DISABLED') {
        Object.assign(endpoint, { status: 'ENABLED', disabledReason: null, disabledAt: null, failingSince: null });
      } else if (input.status === 'DISABLED' && endpoint.status === 'ENABLED') {
        Object.assign(endpoint, { status: 'DISABLED', disabledReason: 'BY_OWNER', disabledAt: now });
      }
      endpoint.updatedAt = now;
      const { url: u, events: e, description, status, disabledReason, disabledAt, failingSince } = endpoint;
      await m.update(WebhookEndpointRecord, { id: endpoint.id }, { url: u, events: e, description, status, disabledReason, disabledAt, failingSince, updatedAt: now });
      return webhookEndpointView(endpoint, now);
    });
  }
}
