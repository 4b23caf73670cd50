import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { EvidenceStore1795892100000 } from './1795892100000-EvidenceStore';
import { CreateDisputes1795892200000 } from './1795892200000-CreateDisputes';

/** Every migration of the disputes schema, oldest first. Migrations are never edited once merged. */
export const DISPUTES_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerDirectory1795876443891, EvidenceStore1795892100000, CreateDisputes1795892200000];
