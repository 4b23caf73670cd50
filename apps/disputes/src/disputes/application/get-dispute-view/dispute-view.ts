import type { CourierCheckpointView } from '../../../evidence/application/courier-timeline/courier-timeline.query';
import type { DetectedFileType } from '../../../evidence/domain/file-type';
import type { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import type { DisputeEvidenceRecord, DisputeMessageRecord, DisputeOfferRecord } from '../../infrastructure/dispute-trail.orm-entities';

/** A piece of evidence of the trail, with what the evidence store knows of its file (FILE only). */
export interface EvidenceItemView {
  record: DisputeEvidenceRecord;
  /** The stored file's metadata (null for a LINK, or a file row the store does not have). */
  file: { contentType: DetectedFileType; size: number; sha256: string } | null;
}

/**
 * Everything one dispute's view shows, read in one snapshot: the dispute, its trail (messages and evidence in
 * order), its offers (oldest first), and the courier's timeline of the order (outbound and return parcels).
 */
export interface DisputeView {
  dispute: DisputeRecord;
  messages: DisputeMessageRecord[];
  evidence: EvidenceItemView[];
  offers: DisputeOfferRecord[];
  courierTimeline: CourierCheckpointView[];
}
