import { VndColumn } from '@trustcircle/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One order in the console's read model, from the events about it: how the order explorer finds it (code, external
 * id, the buyer phone's keyed digest — never the phone), its status, the money escrow holds for it and its COD cash.
 * A row may exist before its `orders.order-placed` is consumed (facts from other topics first): then `code` is null.
 */
@Entity({ name: 'rm_orders' })
export class OrderSummaryRecord {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column({ type: 'text', nullable: true }) code!: string | null;
  @Column({ name: 'external_id', type: 'text', nullable: true }) externalId!: string | null;
  @Column({ name: 'marketplace_id', type: 'uuid', nullable: true }) marketplaceId!: string | null;
  /** `+8490****567`. */
  @Column({ name: 'buyer_phone_masked', type: 'text', nullable: true }) buyerPhoneMasked!: string | null;
  /** HMAC-SHA256 (hex) of the E.164 phone under a key derived from the platform key. */
  @Column({ name: 'buyer_phone_digest', type: 'text', nullable: true }) buyerPhoneDigest!: string | null;
  @Column({ name: 'payment_method', type: 'text', nullable: true }) paymentMethod!: 'PREPAID' | 'COD' | null;
  @VndColumn({ name: 'total_amount', nullable: true }) totalAmount!: bigint | null;
  @Column({ type: 'text', nullable: true }) status!: string | null;
  @Column({ name: 'status_sequence', type: 'integer' }) statusSequence!: number;
  @Column({ name: 'placed_at', type: 'timestamptz', nullable: true }) placedAt!: Date | null;
  @VndColumn({ name: 'held_amount' }) heldAmount!: bigint;
  @Column({ name: 'held_since', type: 'timestamptz', nullable: true }) heldSince!: Date | null;
  /** The courier that delivered the outbound parcel. */
  @Column({ name: 'courier_id', type: 'uuid', nullable: true }) courierId!: string | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  /** Cash the courier reported collecting at the door (COD). */
  @VndColumn({ name: 'cod_collected', nullable: true }) codCollected!: bigint | null;
  @VndColumn({ name: 'cod_remitted' }) codRemitted!: bigint;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
