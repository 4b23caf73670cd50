import { VndColumn } from '@trustcircle/database';
import type { Vnd } from '@trustcircle/kernel';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One attempt to deliver a notification through one provider: the audit trail of deliveries. */
@Entity({ name: 'notification_attempts' })
export class NotificationAttemptRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId!: string;

  /** From 1, counting every provider tried (a failover is an attempt of its own). */
  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'text' })
  provider!: string;

  @Column({ type: 'text' })
  outcome!: 'SENT' | 'FAILED';

  /** For a failure: whether it may succeed if tried again. */
  @Column({ type: 'boolean', nullable: true })
  retryable!: boolean | null;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId!: string | null;

  /** The provider's answer, truncated to 1,000 characters. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'latency_ms', type: 'int' })
  latencyMs!: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;
}

/** What notifications knows of an order (from `orders.order-placed`): whom to tell, and what to tell them. */
@Entity({ name: 'order_contacts' })
export class OrderContactRecord {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'order_code', type: 'text' })
  orderCode!: string;

  @Column({ name: 'marketplace_id', type: 'uuid' })
  marketplaceId!: string;

  @Column({ name: 'seller_id', type: 'text' })
  sellerId!: string;

  /** E.164. Personal data: masked in every log and listing. */
  @Column({ name: 'buyer_phone', type: 'text' })
  buyerPhone!: string;

  @Column({ name: 'buyer_email', type: 'text', nullable: true })
  buyerEmail!: string | null;

  @Column({ name: 'seller_email', type: 'text', nullable: true })
  sellerEmail!: string | null;

  @VndColumn({ name: 'total_amount' })
  totalAmount!: Vnd;

  @Column({ name: 'payment_method', type: 'text' })
  paymentMethod!: string;

  @Column({ name: 'payment_reference', type: 'text' })
  paymentReference!: string;

  @Column({ name: 'payment_expires_at', type: 'timestamptz', nullable: true })
  paymentExpiresAt!: Date | null;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;
}

/** A recipient's language and muted channels (critical messages ignore mutes). */
@Entity({ name: 'recipient_preferences' })
export class RecipientPreferenceRecord {
  /** A phone (E.164) or an email address. */
  @PrimaryColumn({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  language!: 'vi' | 'en';

  @Column({ name: 'muted_channels', type: 'text', array: true })
  mutedChannels!: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
