import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { ChannelProvider, OutboundMessage, SendResult } from '../channel-provider';
import { emailMessageIdFor } from '../domain/email-message-id';
import { scrubProviderText } from '../domain/provider-failure';
import { logFailure } from './provider-outcome';

/** The SMTP settings. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. A secret (it carries the password). */
  url: string;
  /** `TrustCircle <no-reply@trustcircle.vn>`. */
  from: string;
  /** Bounds connecting, the greeting, each reply and the whole send. */
  timeoutMs: number;
}

/** The header carrying the notification id, for support and bounce handling. */
export const NOTIFICATION_ID_EMAIL_HEADER = 'X-TrustCircle-Notification-Id';

/** Codes of nodemailer errors that end the connection rather than refuse the message: try again. */
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EABORT', 'EPROXY']);

/**
 * Email over SMTP with nodemailer (`smtp`): a text and an HTML part, a `Message-ID` derived from the idempotency key
 * (a resend is the same message to mail servers and clients) and {@link NOTIFICATION_ID_EMAIL_HEADER}. SMTP replies
 * are judged as RFC 5321 says: 4xx transient (retryable), 5xx permanent (not), except 503 (bad command sequence,
 * a session problem: retryable, as nodemailer judges it); lost connections and timeouts are retryable.
 */
export class SmtpEmailProvider implements ChannelProvider {
  readonly name = 'smtp';
  readonly channel = 'EMAIL' as const;
  private readonly logger = new Logger('SmtpEmail');
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transport = createTransport({
      url: settings.url,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    });
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const result = await this.attempt(message);
    logFailure(this.logger, this.name, message, result);
    return result;
  }

  /** Closes pooled connections, if any (none with the default transport). */
  close(): void {
    this.transport.close();
  }

  private async attempt(message: OutboundMessage): Promise<SendResult> {
    if (!message.subject) return { ok: false, retryable: false, error: 'an email needs a subject' };
    const messageId = emailMessageIdFor(message.idempotencyKey, this.settings.from);
    try {
      const info = (await this.transport.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId,
        headers: { [NOTIFICATION_ID_EMAIL_HEADER]: message.notificationId },
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      })) as { response?: unknown };
      const response = typeof info.response === 'string' ? scrubProviderText(info.response, message) : undefined;
      return { ok: true, providerMessageId: messageId, statusCode: replyCodeOf(response), response };
    } catch (error) {
      return this.failureOf(error, message);
    }
  }

  private failureOf(error: unknown, message: OutboundMessage): SendResult {
    const e = (error ?? {}) as { code?: unknown; originalCode?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };
    const statusCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
    const response = typeof e.response === 'string' ? scrubProviderText(e.response, message, this.secrets()) : undefined;
    const code = typeof e.code === 'string' ? e.code : 'Error';
    if (statusCode !== undefined && statusCode >= 400) {
      const retryable = statusCode < 500 || statusCode === 503;
      return { ok: false, retryable, error: `SMTP ${statusCode} (${code})`, statusCode, response };
    }
    if (code === 'ETIMEDOUT' || code === 'EABORT') return { ok: false, retryable: true, error: `SMTP timed out after ${this.settings.timeoutMs} ms`, response };
    if (CONNECTION_ERRORS.has(code)) {
      const cause = typeof e.originalCode === 'string' ? ` (${e.originalCode})` : '';
      return { ok: false, retryable: true, error: `SMTP connection failed: ${code}${cause}`, response };
    }
    // Refused before anything was sent (a malformed address, a message nodemailer cannot build): will not change.
    return { ok: false, retryable: false, error: `SMTP ${code}: ${scrubProviderText(typeof e.message === 'string' ? e.message : 'error', message, this.secrets())}`, response };
  }

  private secrets(): string[] {
    try {
      const url = new URL(this.settings.url);
      return [decodeURIComponent(url.password), url.password].filter((s) => s.length > 0);
    } catch {
      return [];
    }
  }
}

function replyCodeOf(response: string | undefined): number | undefined {
  const code = response ? Number(/^\d{3}/.exec(response)?.[0]) : NaN;
  return Number.isInteger(code) ? code : undefined;
}
