import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { CreateShipments1795891000000 } from './1795891000000-CreateShipments';
import { NativeCourierTokens1795891200000 } from './1795891200000-NativeCourierTokens';
import { CourierTrust1795894100000 } from './1795894100000-CourierTrust';

/** Every migration of the delivery schema, oldest first. Migrations are never edited once merged. */
export const DELIVERY_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerDirectory1795876443891, CreateShipments1795891000000, NativeCourierTokens1795891200000, CourierTrust1795894100000];
