import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerRegistry1795877216533 } from './1795877216533-PartnerRegistry';

/** Every migration of the console schema, oldest first. Migrations are never edited once merged. */
export const CONSOLE_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerRegistry1795877216533];
