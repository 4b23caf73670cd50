import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { NotificationFailedV1 } from './notification-failed.v1';
import { NotificationSentV1 } from './notification-sent.v1';
import { WebhookEndpointDisabledV1 } from './webhook-endpoint-disabled.v1';

/** Events owned by the notifications service, on `notifications.events.v1`. */
export const NOTIFICATION_EVENTS = {
  'notifications.notification-sent': defineEvent({
    type: 'notifications.notification-sent',
    version: 1,
    topic: TOPICS.notificationEvents.name,
    owner: 'notifications',
    consumers: ['orders', 'console'],
    keyDescription: 'orderId, or notificationId when orderId is null',
    keyOf: (p: NotificationSentV1) => p.orderId ?? p.notificationId,
    payload: NotificationSentV1,
    description: 'A provider accepted a message (or a webhook receiver answered 2xx).',
  }),
  'notifications.notification-failed': defineEvent({
    type: 'notifications.notification-failed',
    version: 1,
    topic: TOPICS.notificationEvents.name,
    owner: 'notifications',
    consumers: ['console'],
    keyDescription: 'orderId, or notificationId when orderId is null',
    keyOf: (p: NotificationFailedV1) => p.orderId ?? p.notificationId,
    payload: NotificationFailedV1,
    description: 'An attempt to send a message failed; retried, failed over or final.',
  }),
  'notifications.webhook-endpoint-disabled': defineEvent({
    type: 'notifications.webhook-endpoint-disabled',
    version: 1,
    topic: TOPICS.notificationEvents.name,
    owner: 'notifications',
    consumers: ['console'],
    keyDescription: 'endpointId',
    keyOf: (p: WebhookEndpointDisabledV1) => p.endpointId,
    payload: WebhookEndpointDisabledV1,
    description: "A partner's webhook endpoint kept failing and was disabled.",
  }),
} as const;
