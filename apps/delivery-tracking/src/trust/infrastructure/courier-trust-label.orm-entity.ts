import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A courier's safe-delivery streak: the first day of its current run of qualifying days, and the last day judged. */
@Entity({ name: 'courier_trust_labels' })
export class CourierTrustLabelRecord {
  @PrimaryColumn({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @Column({ name: 'streak_start', type: 'date', nullable: true })
  streakStart!: string | null;

  @Column({ name: 'judged_through', type: 'date', nullable: true })
  judgedThrough!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
