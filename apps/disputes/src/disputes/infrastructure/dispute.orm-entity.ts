import type { DisputeReason, RequestedOutcome, VulnerableCategory } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import type { Vnd } from '@trustcircle/kernel';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DisputeState } from '../domain/dispute-state-machine';

/** A buyer's complaint about an order (one open per order, by a partial unique index). */
@Entity({ name: 'disputes' })
export class DisputeRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'order_code', type: 'text' })
  orderCode!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'seller_id', type: 'text' })
  sellerId!: string;

  @Column({ type: 'text' })
  state!: DisputeState;

  @Column({ type: 'text' })
  reason!: DisputeReason;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'requested_outcome', type: 'text' })
  requestedOutcome!: RequestedOutcome;

  /** Set only for REFUND_PARTIAL. */
  @VndColumn({ name: 'requested_amount', nullable: true })
  requestedAmount!: Vnd | null;

  /** The order total at filing (the ceiling of any refund). */
  @VndColumn({ name: 'order_total' })
  orderTotal!: Vnd;

  @Column({ type: 'boolean' })
  vulnerable!: boolean;

  @Column({ name: 'vulnerable_category', type: 'text', nullable: true })
  vulnerableCategory!: VulnerableCategory | null;

  @Column({ name: 'merchant_response_due_at', type: 'timestamptz' })
  merchantResponseDueAt!: Date;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
