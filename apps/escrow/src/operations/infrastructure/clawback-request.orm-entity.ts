import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** OPEN: waiting for an operator; PROPOSED: a CLAWBACK action awaits approval; DONE: approved and recorded. */
export type ClawbackRequestStatus = 'OPEN' | 'PROPOSED' | 'DONE';

/** A claw-back disputes asked for (a refund decided after the money was released), for operators to act on. */
@Entity({ name: 'clawback_requests' })
export class ClawbackRequestRecord {
  /** The cause event's id (the dispute decision that requires it). */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'escrow_id', type: 'uuid' })
  escrowId!: string;

  @Column({ name: 'dispute_id', type: 'uuid' })
  disputeId!: string;

  @VndColumn()
  amount!: bigint;

  @Column({ type: 'text' })
  status!: ClawbackRequestStatus;

  /** The CLAWBACK manual action proposed for it, once there is one. */
  @Column({ name: 'action_id', type: 'uuid', nullable: true })
  actionId!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
