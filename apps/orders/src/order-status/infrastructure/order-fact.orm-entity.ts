import type { OrderStatus } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrderFactDetail, OrderFactKind } from '../domain/order-fact-kind';

/**
 * One fact in an order's timeline, recorded once per cause event (`cause_event_id` is unique). When the fact
 * changed the derived status, `status_after` and `status_sequence` say to what and as which change.
 */
@Entity({ name: 'order_facts' })
export class OrderFactRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  kind!: OrderFactKind;

  /** When the fact happened, from the event (not when orders learned it). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'cause_event_id', type: 'uuid', unique: true })
  causeEventId!: string;

  @Column({ name: 'cause_event_type', type: 'text' })
  causeEventType!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** Ids, amounts, reasons, directions: never personal data. */
  @Column({ type: 'jsonb' })
  detail!: OrderFactDetail;

  @Column({ name: 'status_after', type: 'text', nullable: true })
  statusAfter!: OrderStatus | null;

  @Column({ name: 'status_sequence', type: 'integer', nullable: true })
  statusSequence!: number | null;
}
