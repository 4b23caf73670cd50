import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { EventEnvelope } from '@trustcircle/contracts';

/** A row of the transactional outbox: an event written in the same transaction as the change it reports. */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  /** The event id (envelope id). */
  @PrimaryColumn('uuid')
  id!: string;

  /** Publish order (bigserial); read-only here. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('text')
  topic!: string;

  /** Kafka message key: the envelope key. */
  @Column('text')
  key!: string;

  @Column('text')
  type!: string;

  @Column('jsonb')
  envelope!: EventEnvelope;

  /** Extra Kafka headers. */
  @Column('jsonb', { default: {} })
  headers!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
