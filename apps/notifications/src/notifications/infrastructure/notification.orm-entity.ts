import { Column, Entity, PrimaryColumn } from 'typeorm';

export type NotificationChannel = 'SMS' | 'ZALO' | 'EMAIL' | 'WEBHOOK';
export type NotificationStatus = 'PENDING' | 'SENT' | 'FAILED';

/** One message to one recipient on one channel, caused by one event: at most one per (event, recipient, channel). */
@Entity({ name: 'notifications' })
export class NotificationRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'marketplace_id', type: 'uuid', nullable: true })
  marketplaceId!: string | null;

  @Column({ name: 'recipient_role', type: 'text' })
  recipientRole!: 'BUYER' | 'SELLER' | 'MARKETPLACE' | 'PAYMENT_PARTNER' | 'OPERATOR';

  /** Phone (E.164), email or endpoint id. Personal data: masked in every log and API listing. */
  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  channel!: NotificationChannel;

  @Column({ type: 'text' })
  template!: string;

  @Column({ type: 'text' })
  language!: 'vi' | 'en';

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  status!: NotificationStatus;

  @Column({ type: 'text' })
  provider!: string;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
