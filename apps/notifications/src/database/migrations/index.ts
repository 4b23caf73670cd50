import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { CreateNotifications1795876543605 } from './1795876543605-CreateNotifications';

/** Every migration of the notifications schema, oldest first. Migrations are never edited once merged. */
export const NOTIFICATIONS_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerDirectory1795876443891, CreateNotifications1795876543605];
