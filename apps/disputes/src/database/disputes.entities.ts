import { MESSAGING_ENTITIES } from '@trustcircle/messaging';
import { PARTNER_DIRECTORY_ENTITIES } from '@trustcircle/security';
import { DisputeRecord } from '../disputes/infrastructure/dispute.orm-entity';
import { DisputeEvidenceRecord, DisputeMessageRecord, DisputeOfferRecord } from '../disputes/infrastructure/dispute-trail.orm-entities';
import { OrderFactsRecord } from '../disputes/infrastructure/order-facts.orm-entity';
import { CourierCheckpointRecord } from '../evidence/infrastructure/courier-checkpoint.orm-entity';
import { EvidenceFileRecord } from '../evidence/infrastructure/evidence-file.orm-entity';
import { EvidenceUploadRecord } from '../evidence/infrastructure/evidence-upload.orm-entity';
import { TrustDailyRecord } from '../trust/infrastructure/trust-daily.orm-entity';
import { TrustResolutionRecord } from '../trust/infrastructure/trust-resolution.orm-entity';

/** Every TypeORM entity of the disputes schema. */
export const DISPUTES_ENTITIES = [...MESSAGING_ENTITIES, ...PARTNER_DIRECTORY_ENTITIES, EvidenceFileRecord, OrderFactsRecord, DisputeRecord, DisputeMessageRecord, DisputeEvidenceRecord, DisputeOfferRecord, EvidenceUploadRecord, CourierCheckpointRecord, TrustDailyRecord, TrustResolutionRecord];
