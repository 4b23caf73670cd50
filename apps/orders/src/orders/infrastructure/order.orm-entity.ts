import { VndColumn } from '@trustcircle/database';
import type { OrderStatus, PaymentMethod, SealedPayoutAccountV1 } from '@trustcircle/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An order as stored in the orders schema. */
@Entity({ name: 'orders' })
export class OrderRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  status!: OrderStatus;

  @Column({ name: 'buyer_name', type: 'text' })
  buyerName!: string;

  /** E.164. Personal data: never logged unmasked. */
  @Column({ name: 'buyer_phone', type: 'text' })
  buyerPhone!: string;

  @Column({ name: 'buyer_email', type: 'text', nullable: true })
  buyerEmail!: string | null;

  @Column({ type: 'jsonb' })
  /** The seller; its payout account, when the marketplace gave one, only sealed (never the number in clear). */
  seller!: { id: string; name: string; phone?: string; email?: string; payoutAccount?: SealedPayoutAccountV1 };

  @Column({ type: 'jsonb' })
  items!: Array<{ sku: string; name: string; quantity: number; unitPrice: number }>;

  @VndColumn({ name: 'shipping_fee' })
  shippingFee!: bigint;

  @VndColumn({ name: 'total_amount' })
  totalAmount!: bigint;

  @Column({ type: 'text' })
  currency!: 'VND';

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod!: PaymentMethod;

  @Column({ name: 'payment_reference', type: 'text', unique: true })
  paymentReference!: string;

  @Column({ name: 'inspection_days', type: 'integer' })
  inspectionDays!: number;

  @Column({ name: 'ship_by_days', type: 'integer' })
  shipByDays!: number;

  @Column({ name: 'payment_expires_at', type: 'timestamptz', nullable: true })
  paymentExpiresAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** SHA-256 of the canonical request: a repeat with the same external id must match it. */
  @Column({ name: 'request_fingerprint', type: 'text' })
  requestFingerprint!: string;

  /** The marketplace's cancellation request, once made (escrow answers it). */
  @Column({ name: 'cancellation_id', type: 'uuid', nullable: true })
  cancellationId!: string | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'cancellation_requested_at', type: 'timestamptz', nullable: true })
  cancellationRequestedAt!: Date | null;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
