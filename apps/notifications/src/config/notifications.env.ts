import { ServiceEnv, ToBool, ToInt, ToList } from '@trustcircle/config';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEmail, IsObject, IsIn, IsInt, IsOptional, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';
import { BlankAsUnset, EMAIL_PROVIDER_NAMES, IsSmsPayloadTemplate, listsProvider, SMS_PROVIDER_NAMES, ZALO_PROVIDER_NAMES } from '../channels/domain/channels-env.validators';
import { DEFAULT_SMS_PAYLOAD } from '../channels/domain/sms-payload-template';
import { FalseInProduction } from '../webhooks/domain/false-in-production';
import { QUIET_HOURS_PATTERN } from '../pipeline/domain/delivery-policy';

/** The notifications service's configuration. */
export class NotificationsEnv extends ServiceEnv {
  /** Where buyers look up their order (the buyer portal), put in every SMS. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_PORTAL_URL = 'http://localhost:3000';

  // --- pipeline: delivery, retries, alerts ---

  /** Seconds before each attempt (the first usually 0), Svix-like; after the last, the channel has failed for good. */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((s) => (/^\s*\d+\s*$/.test(s) ? Number(s) : s)) : value))
  @IsInt({ each: true }) @Min(0, { each: true }) @Max(86_400, { each: true }) @ArrayMinSize(1) @ArrayMaxSize(20)
  NOTIFICATION_RETRY_SCHEDULE_SECONDS: number[] = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];

  /**
   * Quiet hours, Vietnam local time: non-critical SMS and Zalo messages planned from `start`:00 wait until `end`:00
   * (`22-7`, the default, runs across midnight); `off`: nothing waits. Critical messages (codes, payment requests)
   * never wait.
   */
  @Matches(QUIET_HOURS_PATTERN, { message: 'NOTIFICATION_QUIET_HOURS must be `off` or whole hours `start-end` in 0–23, such as 22-7' })
  NOTIFICATION_QUIET_HOURS = '22-7';

  /** How often the dispatcher looks for due messages, in milliseconds. */
  @ToInt() @IsInt() @Min(50) @Max(600_000)
  NOTIFICATION_DISPATCH_INTERVAL_MS = 1000;

  /** How long a claimed message stays claimed before another dispatcher may take it (a crashed sender), in seconds. */
  @ToInt() @IsInt() @Min(5) @Max(3600)
  NOTIFICATION_LEASE_SECONDS = 120;

  /** Days a webhook endpoint may fail without a success before it is disabled and its owner and operators alerted. */
  @ToInt() @IsInt() @Min(1) @Max(60)
  WEBHOOK_DISABLE_AFTER_DAYS = 5;

  /**
   * Zalo ZNS template ids as registered with Zalo, per TrustCircle template: `delivered=231567,refunded=231568`. A
   * message whose template has none cannot go by Zalo: it falls back to SMS at once.
   */
  @Transform(({ value }) => (typeof value === 'string' ? Object.fromEntries(value.split(',').map((p) => p.trim()).filter(Boolean).map((p) => p.split('=').map((x) => x.trim()))) : value))
  @IsObject()
  ZALO_ZNS_TEMPLATE_IDS: Record<string, string> = {};

  /** Where operators' alerts are emailed (empty: not by email). */
  @IsOptional() @ValidateIf((e: NotificationsEnv) => e.OPERATOR_ALERT_EMAIL !== '') @IsEmail()
  OPERATOR_ALERT_EMAIL = '';

  /** The on-call phone (E.164) operators' alerts are texted to (empty: not by SMS). Alerts go to every channel set. */
  @IsOptional() @ValidateIf((e: NotificationsEnv) => e.OPERATOR_ALERT_PHONE !== '') @Matches(/^\+[1-9]\d{7,14}$/, { message: 'OPERATOR_ALERT_PHONE must be an E.164 phone number' })
  OPERATOR_ALERT_PHONE = '';

  // --- webhooks: endpoints and the event feed ---

  /**
   * Development only: webhook endpoints may use http to localhost, 127.0.0.1 or [::1], and private or loopback
   * addresses. Refused in production.
   */
  @ToBool() @IsBoolean() @FalseInProduction()
  WEBHOOK_ALLOW_INSECURE_URLS = false;

  /** Hours an endpoint's previous signing secret keeps signing after a rotation (both meanwhile). Default 24. */
  @ToInt() @IsInt() @Min(0) @Max(168)
  WEBHOOK_SECRET_ROTATION_OVERLAP_HOURS = 24;

  // --- channels: providers (SMS gateways, Zalo ZNS, SMTP, webhooks); see channels/ and docs/notifications.md ("Channels and providers") ---

  /** SMS providers in preference order (primary first): `sms-http`, `sms-http-secondary`, `sms-log` (development: stores, never sends). */
  @ToList() @IsIn(SMS_PROVIDER_NAMES, { each: true }) @ArrayUnique()
  SMS_PROVIDERS: string[] = ['sms-log'];

  /** Zalo providers in preference order: `zalo-zns`; empty: no Zalo (messages fall back to SMS). */
  @ToList() @IsIn(ZALO_PROVIDER_NAMES, { each: true }) @ArrayUnique()
  ZALO_PROVIDERS: string[] = [];

  /** Email providers in preference order: `smtp`; empty: no email. */
  @ToList() @IsIn(EMAIL_PROVIDER_NAMES, { each: true }) @ArrayUnique()
  EMAIL_PROVIDERS: string[] = [];

  /** The primary SMS gateway's URL (required with `sms-http`): every message is POSTed there. */
  @ValidateIf(listsProvider('SMS_PROVIDERS', 'sms-http')) @BlankAsUnset()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'SMS_GATEWAY_URL must be an http(s) URL when SMS_PROVIDERS has sms-http' })
  SMS_GATEWAY_URL?: string;

  /** The primary SMS gateway's token (required with `sms-http`). A secret: never logged. */
  @ValidateIf(listsProvider('SMS_PROVIDERS', 'sms-http')) @BlankAsUnset()
  @Matches(/^\S{1,4096}$/, { message: 'SMS_GATEWAY_TOKEN must be set (no spaces) when SMS_PROVIDERS has sms-http' })
  SMS_GATEWAY_TOKEN?: string;

  /** The header carrying the token: `Authorization` sends `Bearer <token>`, any other (`X-Api-Key`) the token as is. */
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'SMS_GATEWAY_AUTH_HEADER must be an HTTP header name' })
  SMS_GATEWAY_AUTH_HEADER = 'Authorization';

  /** The registered brandname the SMS comes from. */
  @Matches(/^\S.{0,31}$/, { message: 'SMS_GATEWAY_SENDER must be a brandname of 1 to 32 characters' })
  SMS_GATEWAY_SENDER = 'TrustCircle';

  /**
   * The JSON body template, placeholders inside JSON strings, values JSON-escaped: {{to}} (E.164), {{msisdn}}
   * (without +), {{sender}}, {{text}}, {{idempotencyKey}}, {{notificationId}}.
   */
  @IsSmsPayloadTemplate()
  SMS_GATEWAY_PAYLOAD = DEFAULT_SMS_PAYLOAD;

  /** Where the gateway's message id is in its JSON answer, a dotted path (`data.id`); empty: not read. */
  @Matches(/^(?:[\w-]+(?:\.[\w-]+)*)?$/, { message: 'SMS_GATEWAY_MESSAGE_ID_PATH must be a dotted path such as data.id' })
  SMS_GATEWAY_MESSAGE_ID_PATH = 'data.id';

  /** How long one SMS gateway call may take, answer included, in milliseconds. */
  @ToInt() @IsInt() @Min(50) @Max(60_000)
  SMS_GATEWAY_TIMEOUT_MS = 10_000;

  /** The secondary SMS gateway's URL (required with `sms-http-secondary`), tried when the primary fails retryably. */
  @ValidateIf(listsProvider('SMS_PROVIDERS', 'sms-http-secondary')) @BlankAsUnset()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'SMS_GATEWAY_SECONDARY_URL must be an http(s) URL when SMS_PROVIDERS has sms-http-secondary' })
  SMS_GATEWAY_SECONDARY_URL?: string;

  /** The secondary SMS gateway's token (required with `sms-http-secondary`). A secret: never logged. */
  @ValidateIf(listsProvider('SMS_PROVIDERS', 'sms-http-secondary')) @BlankAsUnset()
  @Matches(/^\S{1,4096}$/, { message: 'SMS_GATEWAY_SECONDARY_TOKEN must be set (no spaces) when SMS_PROVIDERS has sms-http-secondary' })
  SMS_GATEWAY_SECONDARY_TOKEN?: string;

  /** The secondary's token header; unset: as the primary's. */
  @IsOptional() @BlankAsUnset() @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'SMS_GATEWAY_SECONDARY_AUTH_HEADER must be an HTTP header name' })
  SMS_GATEWAY_SECONDARY_AUTH_HEADER?: string;

  /** The secondary's brandname; unset: as the primary's. */
  @IsOptional() @BlankAsUnset() @Matches(/^\S.{0,31}$/, { message: 'SMS_GATEWAY_SECONDARY_SENDER must be a brandname of 1 to 32 characters' })
  SMS_GATEWAY_SECONDARY_SENDER?: string;

  /** The secondary's JSON body template (another vendor, another shape); unset: as the primary's. */
  @IsOptional() @BlankAsUnset() @IsSmsPayloadTemplate()
  SMS_GATEWAY_SECONDARY_PAYLOAD?: string;

  /** Where the secondary's message id is in its answer; unset: as the primary's. */
  @IsOptional() @BlankAsUnset() @Matches(/^[\w-]+(?:\.[\w-]+)*$/, { message: 'SMS_GATEWAY_SECONDARY_MESSAGE_ID_PATH must be a dotted path such as data.id' })
  SMS_GATEWAY_SECONDARY_MESSAGE_ID_PATH?: string;

  /** Zalo Notification Service's API base (`/message/template` is appended). */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'ZALO_ZNS_URL must be an http(s) URL' })
  ZALO_ZNS_URL = 'https://business.openapi.zalo.me';

  /** The Official Account's ZNS access token (required with `zalo-zns`), sent in the `access_token` header. A secret: never logged. */
  @ValidateIf(listsProvider('ZALO_PROVIDERS', 'zalo-zns')) @BlankAsUnset()
  @Matches(/^\S{1,4096}$/, { message: 'ZALO_ZNS_ACCESS_TOKEN must be set (no spaces) when ZALO_PROVIDERS has zalo-zns' })
  ZALO_ZNS_ACCESS_TOKEN?: string;

  /** How long one ZNS call may take, in milliseconds. */
  @ToInt() @IsInt() @Min(50) @Max(60_000)
  ZALO_ZNS_TIMEOUT_MS = 10_000;

  /** The SMTP server (required with `smtp`): `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465`. A secret: never logged. */
  @ValidateIf(listsProvider('EMAIL_PROVIDERS', 'smtp')) @BlankAsUnset()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL when EMAIL_PROVIDERS has smtp' })
  SMTP_URL?: string;

  /** The sender of every email (required with `smtp`): `TrustCircle <no-reply@example.vn>` or a bare address. */
  @ValidateIf(listsProvider('EMAIL_PROVIDERS', 'smtp')) @BlankAsUnset()
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[A-Za-z0-9.-]+>|[^\s@<>]+@[A-Za-z0-9.-]+)$/, { message: 'EMAIL_FROM must be an address, optionally with a display name, when EMAIL_PROVIDERS has smtp' })
  EMAIL_FROM?: string;

  /** How long connecting, each SMTP reply and the whole send may take, in milliseconds. */
  @ToInt() @IsInt() @Min(50) @Max(120_000)
  SMTP_TIMEOUT_MS = 15_000;

  /** How long one webhook call may take, answer included, in milliseconds. */
  @ToInt() @IsInt() @Min(50) @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 15_000;
}
