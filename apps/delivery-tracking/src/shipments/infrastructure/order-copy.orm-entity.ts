import type { PaymentMethod } from '@trustcircle/contracts';
import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Delivery tracking's own copy of an order (from `orders.order-placed`): whose it is and when it was placed. */
@Entity({ name: 'orders' })
export class OrderCopyRecord {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod!: PaymentMethod;

  @VndColumn({ name: 'total_amount' })
  totalAmount!: bigint;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;
}
