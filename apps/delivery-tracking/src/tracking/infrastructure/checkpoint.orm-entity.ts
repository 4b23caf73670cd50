import type { ShipmentFlagReason, ShipmentStatus } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** Where a checkpoint came from. */
export type CheckpointSource = 'GENERIC' | 'GENERIC_BATCH' | 'KAFKA' | 'GHN' | 'VIETTEL_POST';

/**
 * One courier checkpoint in a shipment's timeline: the canonical status beside the courier's raw one, when it
 * happened (the timeline's order) and when it arrived. Same shipment, status and time: one checkpoint.
 */
@Entity({ name: 'checkpoints' })
@Unique('checkpoints_dedup_uq', ['shipmentId', 'status', 'occurredAt'])
export class CheckpointRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId!: string;

  @Column({ type: 'text' })
  status!: ShipmentStatus;

  @Column({ name: 'raw_status', type: 'text' })
  rawStatus!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @VndColumn({ name: 'cod_amount', nullable: true })
  codAmount!: bigint | null;

  @Column({ type: 'text' })
  source!: CheckpointSource;

  /** Arrived after a later checkpoint: inserted in place, not applied as current. */
  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ type: 'boolean' })
  flagged!: boolean;

  @Column({ name: 'flag_reason', type: 'text', nullable: true })
  flagReason!: ShipmentFlagReason | null;
}
