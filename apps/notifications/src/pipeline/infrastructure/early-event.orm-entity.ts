import type { EventEnvelope } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event about an order notifications has no contact for yet, kept whole until that order's `orders.order-placed`
 * is consumed (then planned and deleted) or for at most 7 days. The envelope may carry personal data: never logged.
 */
@Entity({ name: 'early_events' })
export class EarlyEventRecord {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** Arrival order (identity): early events are planned in this order. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  envelope!: EventEnvelope;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
