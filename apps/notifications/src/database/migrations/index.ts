import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { CreateNotifications1795876543605 } from './1795876543605-CreateNotifications';
import { NotificationPipeline1795893000000 } from './1795893000000-NotificationPipeline';
import { NotificationEndpointIndex1795893200000 } from './1795893200000-NotificationEndpointIndex';
import { WebhookEndpoints1795893100000 } from './1795893100000-WebhookEndpoints';
import { OtpExpiry1795893300000 } from './1795893300000-OtpExpiry';
import { EarlyEvents1795893400000 } from './1795893400000-EarlyEvents';

/** Every migration of the notifications schema, oldest first. Migrations are never edited once merged. */
export const NOTIFICATIONS_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerDirectory1795876443891, CreateNotifications1795876543605, NotificationPipeline1795893000000, WebhookEndpoints1795893100000, NotificationEndpointIndex1795893200000, OtpExpiry1795893300000, EarlyEvents1795893400000];
