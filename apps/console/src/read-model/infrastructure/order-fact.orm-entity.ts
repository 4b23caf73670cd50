import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FactDetail } from '../domain/fact-detail';

/** One line of an order's unified timeline: one consumed event about the order, its detail stripped of personal data. */
@Entity({ name: 'rm_order_facts' })
export class OrderFactRecord {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column('text') type!: string;
  /** The service that produced the event. */
  @Column('text') service!: string;
  /** When the fact happened (the envelope's `occurredAt`). */
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column('jsonb') detail!: FactDetail;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
