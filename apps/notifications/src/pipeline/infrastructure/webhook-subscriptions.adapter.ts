import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WebhookEndpointsQuery } from '../../webhooks/application/pipeline-port/webhook-endpoints.query';
import type { SubscribedEndpoint, WebhookSubscriptions } from '../application/webhook-subscriptions';

/** The pipeline's view of webhook endpoints, over the webhooks module's port. */
@Injectable()
export class WebhookSubscriptionsAdapter implements WebhookSubscriptions {
  constructor(private readonly endpoints: WebhookEndpointsQuery) {}

  async subscribedTo(m: EntityManager, ownerPartnerId: string, eventType: string): Promise<SubscribedEndpoint[]> {
    return (await this.endpoints.subscribedTo(m, ownerPartnerId, eventType)).map((t) => ({ ...t, ownerPartnerId }));
  }

  async endpoint(m: EntityManager, endpointId: string): Promise<(SubscribedEndpoint & { enabled: boolean; failingSince: Date | null }) | null> {
    const e = await this.endpoints.find(m, endpointId);
    if (!e) return null;
    return { id: e.id, ownerPartnerId: e.ownerPartnerId, url: e.url, secrets: e.secrets, enabled: e.status === 'ENABLED' && e.deletedAt === null, failingSince: e.failingSince };
  }

  markFailing(m: EntityManager, endpointId: string, since: Date): Promise<void> {
    return this.endpoints.markFailing(m, endpointId, since);
  }

  markHealthy(m: EntityManager, endpointId: string): Promise<void> {
    return this.endpoints.markHealthy(m, endpointId);
  }

  async disable(m: EntityManager, endpointId: string): Promise<boolean> {
    return (await this.endpoints.disable(m, endpointId, 'FAILING')) !== null;
  }
}
