import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A dispute's stage and running deadline, for the overview; `closedAt` once resolved, withdrawn or closed. */
@Entity({ name: 'rm_disputes' })
export class DisputeSummaryRecord {
  @PrimaryColumn({ name: 'dispute_id', type: 'uuid' }) disputeId!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column('text') stage!: string;
  @Column({ name: 'deadline_kind', type: 'text', nullable: true }) deadlineKind!: string | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column('boolean') priority!: boolean;
  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true }) openedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
