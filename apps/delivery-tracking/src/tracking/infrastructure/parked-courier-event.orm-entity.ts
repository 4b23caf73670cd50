import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CourierCheckpoint } from '../domain/courier-checkpoint';

/** A courier event for a tracking number not registered (yet): kept until it expires, in case it is registered late. */
@Entity({ name: 'parked_courier_events' })
export class ParkedCourierEventRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @Column({ name: 'tracking_number', type: 'text' })
  trackingNumber!: string;

  /** The checkpoint as received (canonical + raw), times as ISO strings. */
  @Column({ type: 'jsonb' })
  event!: CourierCheckpoint<string>;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
