import type { EntityManager } from 'typeorm';

/** A webhook endpoint subscribed to an event, with its signing secrets (opened, newest first, only valid ones). */
export interface SubscribedEndpoint {
  id: string;
  ownerPartnerId: string;
  url: string;
  secrets: string[];
}

/**
 * What the pipeline needs of webhook endpoints (implemented by the webhooks module): who subscribes to an event,
 * an endpoint to deliver to, and its health (failing since when; disabled after `WEBHOOK_DISABLE_AFTER_DAYS`).
 */
export interface WebhookSubscriptions {
  subscribedTo(manager: EntityManager, ownerPartnerId: string, eventType: string): Promise<SubscribedEndpoint[]>;
  endpoint(manager: EntityManager, endpointId: string): Promise<(SubscribedEndpoint & { enabled: boolean; failingSince: Date | null }) | null>;
  markFailing(manager: EntityManager, endpointId: string, since: Date): Promise<void>;
  markHealthy(manager: EntityManager, endpointId: string): Promise<void>;
  /** Disables the endpoint; false when it was not enabled (then nothing is announced). */
  disable(manager: EntityManager, endpointId: string): Promise<boolean>;
}

/** Injection token of the `WebhookSubscriptions`. */
export const WEBHOOK_SUBSCRIPTIONS = Symbol.for('trustcircle.notifications.webhook-subscriptions');
