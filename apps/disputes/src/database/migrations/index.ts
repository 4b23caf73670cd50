import { MessagingAndDeadlines1795875712924 } from './1795875712924-MessagingAndDeadlines';
import { PartnerDirectory1795876443891 } from './1795876443891-PartnerDirectory';
import { EvidenceStore1795892100000 } from './1795892100000-EvidenceStore';
import { CreateDisputes1795892200000 } from './1795892200000-CreateDisputes';
import { DisputeLifecycle1795892300000 } from './1795892300000-DisputeLifecycle';
import { EvidenceUploads1795892400000 } from './1795892400000-EvidenceUploads';
import { DisputeResolutionTrail1795892500000 } from './1795892500000-DisputeResolutionTrail';
import { EvidenceObjectKeys1795892600000 } from './1795892600000-EvidenceObjectKeys';
import { AppendOnlyTruncate1795892700000 } from './1795892700000-AppendOnlyTruncate';
import { TrustScores1795892800000 } from './1795892800000-TrustScores';

/** Every migration of the disputes schema, oldest first. Migrations are never edited once merged. */
export const DISPUTES_MIGRATIONS = [MessagingAndDeadlines1795875712924, PartnerDirectory1795876443891, EvidenceStore1795892100000, CreateDisputes1795892200000, DisputeLifecycle1795892300000, EvidenceUploads1795892400000, DisputeResolutionTrail1795892500000, EvidenceObjectKeys1795892600000, AppendOnlyTruncate1795892700000, TrustScores1795892800000];
