import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsRequiredWhen } from '../common/composite-validators';
import { IsMasked, IsNullable, IsUtcTimestamp } from '../common/validators';
import { NOTIFICATION_CHANNELS, PROVIDER_NAME, RECIPIENT_ROLES, TEMPLATE_ID, type NotificationChannel, type RecipientRole } from './notification-vocabulary';

/**
 * `notifications.notification-failed` v1: an attempt to send a message failed. It is retried on the schedule,
 * with provider failover and channel fallback, until `final`.
 */
export class NotificationFailedV1 {
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

  /** The provider's error or HTTP status, without personal data (1–500 characters). */
  @IsString() @IsNotEmpty() @MaxLength(500)
  error!: string;

  /** True when no retry, failover or fallback is left for this channel. */
  @IsBoolean()
  final!: boolean;

  /** When the next attempt is due (ISO-8601 UTC); null when `final`. */
  @IsRequiredWhen('final', [false]) @IsUtcTimestamp()
  nextAttemptAt!: string | null;

  /** When the attempt failed (ISO-8601 UTC). */
  @IsUtcTimestamp()
  failedAt!: string;
}
