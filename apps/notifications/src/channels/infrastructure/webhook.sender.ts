import { Logger } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import type { ChannelProvider, OutboundMessage, SendResult } from '../channel-provider';
import { scrubProviderText } from '../domain/provider-failure';
import { httpPost } from './http-post';
import { failureOf, logFailure } from './provider-outcome';

/** The webhook sender's settings. */
export interface WebhookSenderSettings {
  timeoutMs: number;
  /**
   * The signing time. The wall clock, not the service's injectable clock: receivers judge `webhook-timestamp`
   * against their own wall clock (5 minutes' tolerance), so a test clock moved forward must never sign.
   */
  now?: () => Date;
}

/** Sent as `user-agent`, so receivers can tell our calls in their logs. */
export const WEBHOOK_USER_AGENT = 'TrustCircle-Webhooks/1';

/**
 * Marketplace and payment-partner webhooks (`webhook`), signed in the Standard Webhooks form with the
 * `standardwebhooks` library: `webhook-id` = the notification id (stable across retries, the receiver's dedupe key),
 * `webhook-timestamp` (unix seconds), `webhook-signature` with one `v1,<base64>` per secret in `webhookSecrets`
 * (space separated: both sign during a rotation), plus `webhook-event-type` for routing. The body is exactly the
 * message's `text` bytes. Any 2xx is delivered; redirects are not followed and are retried like other failures
 * (see `failureFromStatus`).
 */
export class WebhookSender implements ChannelProvider {
  readonly name = 'webhook';
  readonly channel = 'WEBHOOK' as const;
  private readonly logger = new Logger('WebhookSender');
  private readonly now: () => Date;

  constructor(private readonly settings: WebhookSenderSettings) {
    this.now = settings.now ?? (() => new Date());
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const result = await this.attempt(message);
    logFailure(this.logger, this.name, message, result);
    return result;
  }

  private async attempt(message: OutboundMessage): Promise<SendResult> {
    const secrets = message.webhookSecrets ?? [];
    if (secrets.length === 0) return { ok: false, retryable: false, error: 'no signing secret for this endpoint' };
    const body = Buffer.from(message.text, 'utf8');
    const signedAt = new Date(Math.floor(this.now().getTime() / 1000) * 1000);
    let signature: string;
    try {
      signature = secrets.map((secret) => new Webhook(secret).sign(message.notificationId, signedAt, body)).join(' ');
    } catch {
      return { ok: false, retryable: false, error: 'an endpoint secret is not a valid whsec_ secret' };
    }
    const outcome = await httpPost(message.to, {
      headers: {
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
        'webhook-id': message.notificationId,
        'webhook-timestamp': String(signedAt.getTime() / 1000),
        'webhook-signature': signature,
        ...(message.eventType ? { 'webhook-event-type': message.eventType } : {}),
      },
      body,
      timeoutMs: this.settings.timeoutMs,
    });
    if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
      return { ok: true, providerMessageId: null, statusCode: outcome.status, response: scrubProviderText(outcome.body, message, secrets) };
    }
    return failureOf(outcome, message, secrets);
  }
}
