import { Column, Entity, PrimaryColumn } from 'typeorm';

export type NotificationChannel = 'SMS' | 'ZALO' | 'EMAIL' | 'WEBHOOK';
/** PENDING (due at `nextAttemptAt`), SENDING (claimed under a lease), SENT, FAILED (no retry, failover or fallback left), CANCELLED. */
export type NotificationStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED';

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

  /** The provider of the last attempt; null before the first. */
  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Delivery order (assigned by the database). */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  /** Critical messages ignore mutes and quiet hours (one-time codes, deadlines, refunds, releases). */
  @Column({ type: 'boolean' })
  critical!: boolean;

  /** Provider tries, failovers included. */
  @Column({ type: 'int' })
  attempts!: number;

  /** Delivery rounds (each may try several providers): the retry schedule counts these. */
  @Column({ type: 'int' })
  rounds!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** While SENDING: when the claim lapses (a crashed dispatcher's row is claimed again after it). */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /** Webhooks: `<endpointId>:<orderId>`; a row waits while an earlier row of the same key is unfinished. */
  @Column({ name: 'ordering_key', type: 'text', nullable: true })
  orderingKey!: string | null;

  @Column({ name: 'endpoint_id', type: 'uuid', nullable: true })
  endpointId!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  /** What the template was rendered with (JSON-safe: amounts as whole numbers): a fallback channel renders its own. */
  @Column({ name: 'template_data', type: 'jsonb', nullable: true })
  templateData!: Record<string, unknown> | null;

  /** The text in clear, sealed, when `body` is masked (one-time codes); null otherwise. */
  @Column({ name: 'sealed_body', type: 'text', nullable: true })
  sealedBody!: string | null;

  @Column({ name: 'sealed_key_id', type: 'text', nullable: true })
  sealedKeyId!: string | null;

  @Column({ name: 'sms_encoding', type: 'text', nullable: true })
  smsEncoding!: 'GSM-7' | 'UCS-2' | null;

  @Column({ name: 'sms_segments', type: 'int', nullable: true })
  smsSegments!: number | null;

  /** When the source event happened (event-to-provider latency). */
  @Column({ name: 'event_occurred_at', type: 'timestamptz', nullable: true })
  eventOccurredAt!: Date | null;

  /** The notification of another channel this one replaces after it failed for good (Zalo → SMS → email). */
  @Column({ name: 'fallback_of', type: 'uuid', nullable: true })
  fallbackOf!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** When the message stops being worth sending (one-time codes): the dispatcher fails it unsent after this. Null: never. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
