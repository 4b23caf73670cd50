import type { EscrowState, PaymentMethod } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** One escrow per order, in the escrow schema. */
@Entity({ name: 'escrows' })
export class EscrowRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid', unique: true })
  orderId!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'order_code', type: 'text' })
  orderCode!: string;

  @Column({ type: 'text' })
  state!: EscrowState;

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod!: PaymentMethod;

  /** The order total escrow expects to hold. */
  @VndColumn({ name: 'expected_amount' })
  expectedAmount!: bigint;

  @Column({ type: 'text' })
  currency!: 'VND';

  @Column({ name: 'payment_reference', type: 'text', unique: true })
  paymentReference!: string;

  @Column({ name: 'funding_deadline', type: 'timestamptz', nullable: true })
  fundingDeadline!: Date | null;

  @Column({ name: 'inspection_days', type: 'integer' })
  inspectionDays!: number;

  @Column({ name: 'ship_by_days', type: 'integer' })
  shipByDays!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Optimistic version: concurrent transitions of one escrow cannot both win. */
  @VersionColumn()
  version!: number;
}
