import type { ShipmentDirection, ShipmentStatus } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A shipment a marketplace registered for an order: the outbound parcel (one active per order) or a return
 * linked to it, carried by one courier (the only one that may report on it), with its timeline's summary.
 */
@Entity({ name: 'shipments' })
export class ShipmentRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'courier_id', type: 'uuid' })
  courierId!: string;

  @Column({ name: 'tracking_number', type: 'text' })
  trackingNumber!: string;

  @Column({ type: 'text' })
  direction!: ShipmentDirection;

  @Column({ name: 'return_of_shipment_id', type: 'uuid', nullable: true })
  returnOfShipmentId!: string | null;

  @Column({ name: 'expected_delivery_at', type: 'timestamptz', nullable: true })
  expectedDeliveryAt!: Date | null;

  /** The current status: that of the latest checkpoint by when it happened; null before the first. */
  @Column({ type: 'text', nullable: true })
  status!: ShipmentStatus | null;

  @Column({ name: 'status_occurred_at', type: 'timestamptz', nullable: true })
  statusOccurredAt!: Date | null;

  @Column({ name: 'first_scanned_at', type: 'timestamptz', nullable: true })
  firstScannedAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'failed_attempts', type: 'integer' })
  failedAttempts!: number;

  @Column({ name: 'failed_finally_at', type: 'timestamptz', nullable: true })
  failedFinallyAt!: Date | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ name: 'lost_at', type: 'timestamptz', nullable: true })
  lostAt!: Date | null;

  /** When the latest courier event arrived (for stuck shipments). */
  @Column({ name: 'last_event_at', type: 'timestamptz', nullable: true })
  lastEventAt!: Date | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
