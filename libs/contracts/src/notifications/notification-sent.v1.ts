import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsMasked, IsNullable, IsUtcTimestamp } from '../common/validators';
import { NOTIFICATION_CHANNELS, PROVIDER_NAME, RECIPIENT_ROLES, TEMPLATE_ID, type NotificationChannel, type RecipientRole } from './notification-vocabulary';

/**
 * `notifications.notification-sent` v1: a provider accepted a message (SMS, Zalo, email) or a webhook receiver
 * answered 2xx. It never carries the message text: one-time codes must not leave the SMS.
 */
export class NotificationSentV1 {
  /** The notification's id (UUID): one per (source event, recipient, channel). */
  @IsUUID()
  notificationId!: string;

  /** The order's id (UUID), the Kafka key; null for a message about no order (then keyed by notificationId). */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** The event (UUID) that caused the message. */
  @IsUUID()
  sourceEventId!: string;

  /** The catalogue type of that event, e.g. `escrow.escrow-funded`. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  sourceEventType!: string;

  /** The template and its version, e.g. `order-placed.sms.vi@3`. */
  @Matches(TEMPLATE_ID)
  template!: string;

  /** SMS, ZALO, EMAIL or WEBHOOK. */
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  /** The provider used for this attempt (after any failover), e.g. `esms`. */
  @Matches(PROVIDER_NAME)
  provider!: string;

  /** BUYER, SELLER, MARKETPLACE, PAYMENT_PARTNER, COURIER or OPERATOR. */
  @IsIn(RECIPIENT_ROLES)
  recipientRole!: RecipientRole;

  /** The recipient, masked: `+8490***4567`, `n***@gmail.com`, or a webhook URL's host and `/***`. Never in clear. */
  @IsMasked()
  recipientMasked!: string;

  /** Which attempt this was, from 1. */
  @IsInt() @Min(1) @Max(100)
  attempt!: number;

  /** The provider's message id; null when it gives none. */
  @IsNullable() @IsString() @IsNotEmpty() @MaxLength(200)
  providerMessageId!: string | null;

  /** SMS segments used (GSM-7 or UCS-2 counting); null for other channels. */
  @IsNullable() @IsInt() @Min(1) @Max(20)
  smsSegments!: number | null;

  /** Milliseconds from the source event's occurredAt to the provider's acceptance. */
  @IsInt() @Min(0) @Max(2_147_483_647)
  latencyMs!: number;

  /** When the provider accepted it (ISO-8601 UTC). */
  @IsUtcTimestamp()
  sentAt!: string;
}
