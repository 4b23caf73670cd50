import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';

/**
 * `notifications.webhook-endpoint-disabled` v1: a partner's webhook endpoint kept failing for the configured
 * time (5 days by default) and was disabled; its owner and operators are alerted. Keyed by the endpoint id.
 */
export class WebhookEndpointDisabledV1 {
  /** The endpoint's id (UUID). The Kafka key. */
  @IsUUID()
  endpointId!: string;

  /** The partner (partner id) that owns it. */
  @IsUUID()
  partnerId!: string;

  /** The endpoint URL's host only (paths may hold tokens): a host name, or an IP address (IPv6 in brackets). */
  @Matches(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/, { message: 'urlHost must be a host name or an IP address' })
  @MaxLength(253)
  urlHost!: string;

  /** When it started failing without a success since (ISO-8601 UTC). */
  @IsUtcTimestamp()
  failingSince!: string;

  /** The last delivery error (HTTP status or network error, 1–500 characters); null if none was recorded. */
  @IsNullable() @IsString() @IsNotEmpty() @MaxLength(500)
  lastError!: string | null;

  /** When it was disabled (ISO-8601 UTC). */
  @IsUtcTimestamp()
  disabledAt!: string;
}
