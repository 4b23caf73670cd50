import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { NotificationRecord } from '../notifications/infrastructure/notification.orm-entity';
import { SmsLogRecord } from '../notifications/infrastructure/sms-log.orm-entity';
import { EarlyEventRecord } from '../pipeline/infrastructure/early-event.orm-entity';
import { NotificationAttemptRecord, OrderContactRecord, RecipientPreferenceRecord } from '../pipeline/infrastructure/pipeline.orm-entities';
import { EventFeedEntryRecord } from '../webhooks/infrastructure/event-feed-entry.orm-entity';
import { WebhookEndpointRecord } from '../webhooks/infrastructure/webhook-endpoint.orm-entity';

/** Every TypeORM entity of the notifications schema. */
export const NOTIFICATIONS_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES, NotificationRecord, SmsLogRecord, NotificationAttemptRecord, OrderContactRecord, RecipientPreferenceRecord, WebhookEndpointRecord, EventFeedEntryRecord, EarlyEventRecord];
