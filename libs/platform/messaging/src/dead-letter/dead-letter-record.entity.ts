import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message this service dead-lettered, kept so operators can see and replay it. */
@Entity({ name: 'dead_letters' })
export class DeadLetterRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @Column('text')
  topic!: string;

  @Column('integer')
  partition!: number;

  @Column({ type: 'bigint' })
  offset!: string;

  /** The original message's timestamp: with the offset, its identity even across topic re-creation. */
  @Column({ name: 'message_timestamp', type: 'timestamptz' })
  messageTimestamp!: Date;

  @Column({ type: 'text', nullable: true })
  key!: string | null;

  @Column({ name: 'event_id', type: 'text', nullable: true })
  eventId!: string | null;

  @Column({ name: 'event_type', type: 'text', nullable: true })
  eventType!: string | null;

  @Column('text')
  reason!: string;

  @Column('text')
  detail!: string;

  @Column({ name: 'dead_letter_topic', type: 'text' })
  deadLetterTopic!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'replayed_at', type: 'timestamptz', nullable: true })
  replayedAt!: Date | null;
}
