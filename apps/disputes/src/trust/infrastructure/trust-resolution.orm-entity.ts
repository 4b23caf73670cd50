import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TrustSubjectKind } from '../domain/merchant-id';

/** One settled dispute of a subject: the day it settled and how long it took (for a window's exact median). */
@Entity({ name: 'trust_resolutions' })
export class TrustResolutionRecord {
  @PrimaryColumn({ name: 'subject_kind', type: 'text' })
  subjectKind!: TrustSubjectKind;

  @PrimaryColumn({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  @PrimaryColumn({ name: 'dispute_id', type: 'uuid' })
  disputeId!: string;

  /** YYYY-MM-DD, Asia/Ho_Chi_Minh. */
  @Column({ name: 'resolved_day', type: 'date' })
  resolvedDay!: string;

  /** Whole seconds from opening to settling. */
  @Column({ name: 'duration_seconds', type: 'integer' })
  durationSeconds!: number;
}
