import type { PaymentMethod } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import type { Vnd } from '@trustcircle/kernel';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What disputes knows of an order, copied from events (orders, escrow, delivery): one row per order, each event
 * upserting the columns it knows, so they may arrive in any order (null until their event came).
 */
@Entity({ name: 'order_facts' })
export class OrderFactsRecord {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'order_code', type: 'text', nullable: true })
  orderCode!: string | null;

  @Column({ name: 'marketplace_id', type: 'uuid', nullable: true })
  marketplaceId!: string | null;

  /** The marketplace's own seller id. */
  @Column({ name: 'seller_id', type: 'text', nullable: true })
  sellerId!: string | null;

  @VndColumn({ name: 'total_amount', nullable: true })
  totalAmount!: Vnd | null;

  @Column({ name: 'payment_method', type: 'text', nullable: true })
  paymentMethod!: PaymentMethod | null;

  @Column({ name: 'placed_at', type: 'timestamptz', nullable: true })
  placedAt!: Date | null;

  /** `escrow.escrow-funded`. */
  @Column({ name: 'funded_at', type: 'timestamptz', nullable: true })
  fundedAt!: Date | null;

  /** `escrow.inspection-started` (the outbound delivery; for a COD order also when the buyer paid, at the door). */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** `escrow.inspection-started`. */
  @Column({ name: 'inspection_ends_at', type: 'timestamptz', nullable: true })
  inspectionEndsAt!: Date | null;

  /** `escrow.inspection-ended` with reason RECEIPT_CONFIRMED. */
  @Column({ name: 'receipt_confirmed_at', type: 'timestamptz', nullable: true })
  receiptConfirmedAt!: Date | null;

  /** `delivery.shipment-registered` (OUTBOUND). */
  @Column({ name: 'expected_delivery_at', type: 'timestamptz', nullable: true })
  expectedDeliveryAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
