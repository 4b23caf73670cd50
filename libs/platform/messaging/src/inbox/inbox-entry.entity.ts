import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event a consumer has applied. The primary key (consumer, event id) makes every consumer idempotent. */
@Entity({ name: 'inbox' })
export class InboxEntry {
  /** The handler that applied it. */
  @PrimaryColumn('text')
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column('text')
  type!: string;

  @Column('text')
  topic!: string;

  @Column('integer')
  partition!: number;

  @Column({ type: 'bigint' })
  offset!: string;

  @Column({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}
