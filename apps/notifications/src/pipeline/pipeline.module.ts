import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module';
import { TemplatesModule } from '../templates/templates.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { NotificationsLogController } from './api/notifications-log.controller';
import { NotifyOnEvents } from './api/notify-on-events.consumer';
import { DeliverNotification } from './application/dispatch/deliver-notification';
import { NotificationDispatcher } from './application/dispatch/notification-dispatcher';
import { NotificationOutcomes } from './application/dispatch/notification-outcomes';
import { NotificationMetrics } from './application/dispatch/notification.metrics';
import { ListNotificationsQuery } from './application/list-notifications/list-notifications.query';
import { PlanNotificationsUseCase } from './application/plan-notifications/plan-notifications.use-case';
import { RecordOrderContactUseCase } from './application/record-order-contact/record-order-contact.use-case';
import { WEBHOOK_SUBSCRIPTIONS } from './application/webhook-subscriptions';
import { WebhookSubscriptionsAdapter } from './infrastructure/webhook-subscriptions.adapter';

/**
 * The delivery pipeline: every notified event planned into notifications (once per event, recipient and channel),
 * rendered from the templates, delivered by the dispatcher through the channels' providers with retries, failover,
 * channel fallback, quiet hours, per-order webhook ordering and endpoint health; and the audit log API.
 */
@Module({
  imports: [TemplatesModule, ChannelsModule, WebhooksModule],
  controllers: [NotificationsLogController],
  providers: [
    RecordOrderContactUseCase,
    PlanNotificationsUseCase,
    NotifyOnEvents,
    NotificationMetrics,
    NotificationOutcomes,
    DeliverNotification,
    NotificationDispatcher,
    ListNotificationsQuery,
    { provide: WEBHOOK_SUBSCRIPTIONS, useClass: WebhookSubscriptionsAdapter },
  ],
  exports: [NotificationDispatcher],
})
export class PipelineModule {}
