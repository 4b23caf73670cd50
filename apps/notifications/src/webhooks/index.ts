// The webhooks slice's public surface for the rest of the notifications app (the delivery pipeline).
export { WebhooksModule } from './webhooks.module';
export { WebhookEndpointsQuery, type WebhookTarget, type WebhookEndpointSummary, type DisabledWebhookEndpoint } from './application/pipeline-port/webhook-endpoints.query';
export { EventFeedWriter, type FeedEvent } from './application/event-feed/event-feed.writer';
export { WebhookEndpointRecord } from './infrastructure/webhook-endpoint.orm-entity';
export { EventFeedEntryRecord } from './infrastructure/event-feed-entry.orm-entity';
export { blockedRangeOf } from './domain/blocked-address';
export {
  ALL_EVENTS,
  MARKETPLACE_WEBHOOK_EVENTS,
  PAYMENT_PARTNER_WEBHOOK_EVENTS,
  endpointReceives,
  mayReceive,
  receivableEventTypes,
  type WebhookOwnerKind,
} from './domain/webhook-event-types';
export type { WebhookDisabledReason, WebhookEndpointStatus } from './domain/webhook-endpoint-vocabulary';
