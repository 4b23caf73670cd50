import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TrustSubjectKind } from '../domain/merchant-id';

/** One subject's trust counters of one Vietnamese calendar day (see `TrustCounts`), incremented in place. */
@Entity({ name: 'trust_daily' })
export class TrustDailyRecord {
  @PrimaryColumn({ name: 'subject_kind', type: 'text' })
  subjectKind!: TrustSubjectKind;

  /** `marketplaceId:sellerId` for a merchant, the marketplace id for a marketplace. */
  @PrimaryColumn({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  /** YYYY-MM-DD, Asia/Ho_Chi_Minh. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  orders!: number;

  @Column({ name: 'disputes_opened', type: 'integer' })
  disputesOpened!: number;

  @Column({ type: 'integer' })
  answerable!: number;

  @Column({ name: 'answered_in_time', type: 'integer' })
  answeredInTime!: number;

  @Column({ name: 'default_judgments_lost', type: 'integer' })
  defaultJudgmentsLost!: number;

  @Column({ type: 'integer' })
  resolved!: number;
}
