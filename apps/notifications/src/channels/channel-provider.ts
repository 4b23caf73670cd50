/**
 * The one interface every notification channel's provider implements (SMS gateways, Zalo ZNS, SMTP email,
 * webhooks). The dispatcher picks providers by channel, in the configured order (primary, then secondary), and
 * falls back across channels (Zalo → SMS → email) when a channel fails for good.
 */

/** A notification channel. WARNING: stored values, never rename. */
export type NotificationChannel = 'SMS' | 'ZALO' | 'EMAIL' | 'WEBHOOK';

/** What one provider is asked to deliver. */
export interface OutboundMessage {
  /** The notification's id: stable across retries. */
  notificationId: string;
  /**
   * Sent as the provider's idempotency key where it takes one (a gateway's `Idempotency-Key` header, the webhook's
   * `webhook-id`), so a crash between sending and recording never delivers twice there. `<eventId>:<channel>:<recipient hash>`.
   */
  idempotencyKey: string;
  channel: NotificationChannel;
  /**
   * Where to: an E.164 phone (SMS, ZALO), an email address (EMAIL), or an https URL (WEBHOOK). Personal data: never
   * logged in full (mask with `maskRecipient`).
   */
  to: string;
  /** SMS / Zalo fallback text / email text part / webhook JSON body (exactly the signed bytes). */
  text: string;
  /** EMAIL only. */
  subject?: string;
  /** EMAIL only: the HTML part. */
  html?: string;
  /** ZALO only: the ZNS template id and its parameters (strings), as registered with Zalo. */
  zaloTemplate?: { templateId: string; params: Record<string, string> };
  /** WEBHOOK only: the endpoint's signing secrets (`whsec_…`), newest first; each signs (rotation overlap). */
  webhookSecrets?: readonly string[];
  /** WEBHOOK only: the event type, sent as a header for routing on the receiver's side. */
  eventType?: string;
}

/** What a provider answered. */
export type SendResult =
  | { ok: true; providerMessageId: string | null; statusCode?: number; response?: string }
  /**
   * A failure: `retryable` for timeouts, connection errors, 429 and 5xx (retry on the schedule, then fail over);
   * not retryable for a refusal that will not change (a 4xx other than 408/429: bad number, unknown template).
   */
  | { ok: false; retryable: boolean; error: string; statusCode?: number; response?: string };

/** A provider of one channel. */
export interface ChannelProvider {
  /** Stable name, stored with each attempt (`sms-http`, `sms-log`, `zalo-zns`, `smtp`, `webhook`). */
  readonly name: string;
  readonly channel: NotificationChannel;
  /** Delivers one message; never throws for a provider failure (answers `ok: false`), with a bounded timeout. */
  send(message: OutboundMessage): Promise<SendResult>;
}

/** Injection token: every configured `ChannelProvider`, in preference order per channel (primary first). */
export const CHANNEL_PROVIDERS = Symbol.for('trustcircle.notifications.channel-providers');

/** How logs and audit listings show a recipient (phones and emails are personal data). */
export { maskRecipient } from './domain/mask-recipient';
