import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { NotificationRecord } from '../notifications/infrastructure/notification.orm-entity';
import { SmsLogRecord } from '../notifications/infrastructure/sms-log.orm-entity';

/** Every TypeORM entity of the notifications schema. */
export const NOTIFICATIONS_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES, NotificationRecord, SmsLogRecord];
