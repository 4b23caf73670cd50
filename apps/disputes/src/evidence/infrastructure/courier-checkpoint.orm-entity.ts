import type { ShipmentDirection, ShipmentStatus } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Disputes' copy of one courier checkpoint of an order's shipments, taken from delivery-tracking's events (the
 * courier timeline shown as evidence). One row per checkpoint: its natural key is delivery-tracking's (shipment,
 * status, time), so the milestone events that repeat a checkpoint add nothing. Append-only: a trigger refuses
 * updates and deletes.
 */
@Entity({ name: 'courier_checkpoints' })
export class CourierCheckpointRecord {
  /** The id of the delivery event that first brought the checkpoint. */
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** Arrival order (assigned by the database): the tie-break of checkpoints at the same instant. */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @Column({ type: 'text' })
  direction!: ShipmentDirection;

  @Column({ name: 'tracking_number', type: 'text' })
  trackingNumber!: string;

  /** The courier (partner id). */
  @Column({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  /** The canonical status of the checkpoint. */
  @Column({ type: 'text' })
  status!: ShipmentStatus;

  /** The courier's own status code, when the event carries it (status changes do; milestones do not). */
  @Column({ name: 'raw_status', type: 'text', nullable: true })
  rawStatus!: string | null;

  /** When it happened at the courier. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Where, as the courier wrote it (up to 300 characters). */
  @Column({ type: 'text', nullable: true })
  location!: string | null;

  /** The courier's note or failure reason (up to 500 characters). */
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** When disputes copied it. */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
