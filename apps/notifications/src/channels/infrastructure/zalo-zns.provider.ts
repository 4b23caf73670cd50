import { Logger } from '@nestjs/common';
import type { ChannelProvider, OutboundMessage, SendResult } from '../channel-provider';
import { scrubProviderText } from '../domain/provider-failure';
import { classifyZaloError, toZaloPhone } from '../domain/zalo-zns-errors';
import { httpPost } from './http-post';
import { failureOf, logFailure } from './provider-outcome';

/** The Zalo Notification Service settings. */
export interface ZaloZnsSettings {
  /** `https://business.openapi.zalo.me` (the path `/message/template` is appended). */
  baseUrl: string;
  /** The Official Account's access token: a secret, sent only in the `access_token` header. */
  accessToken: string;
  timeoutMs: number;
}

/** ZNS's answer: `error` 0 is success (HTTP 200 either way). */
interface ZnsAnswer {
  error?: unknown;
  message?: unknown;
  data?: { msg_id?: unknown };
}

/**
 * Zalo Notification Service template messages by phone number (`zalo-zns`), after its documented HTTP API:
 * `POST {base}/message/template`, header `access_token`, body `{phone: "84…", template_id, template_data,
 * tracking_id}`; success when the answer's `error` is 0 (`data.msg_id` is Zalo's id). Non-zero codes are judged by
 * `classifyZaloError`. ZNS takes no idempotency key (it does not deduplicate `tracking_id`): the notification id is
 * sent as `tracking_id` (36 characters, stable across retries) for reconciliation.
 */
export class ZaloZnsProvider implements ChannelProvider {
  readonly name = 'zalo-zns';
  readonly channel = 'ZALO' as const;
  private readonly logger = new Logger('ZaloZns');
  private readonly endpoint: string;

  constructor(private readonly settings: ZaloZnsSettings) {
    this.endpoint = `${settings.baseUrl.replace(/\/+$/, '')}/message/template`;
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const result = await this.attempt(message);
    logFailure(this.logger, this.name, message, result);
    return result;
  }

  private async attempt(message: OutboundMessage): Promise<SendResult> {
    if (!message.zaloTemplate) return { ok: false, retryable: false, error: 'no ZNS template for this message' };
    const phone = toZaloPhone(message.to);
    if (!phone) return { ok: false, retryable: false, error: 'not a Vietnamese phone number (ZNS reaches Vietnamese numbers only)' };
    const outcome = await httpPost(this.endpoint, {
      headers: { 'content-type': 'application/json', accept: 'application/json', access_token: this.settings.accessToken },
      body: JSON.stringify({ phone, template_id: message.zaloTemplate.templateId, template_data: message.zaloTemplate.params, tracking_id: message.notificationId }),
      timeoutMs: this.settings.timeoutMs,
    });
    // The template's values may hold a one-time code: an echo of them is never stored.
    const secrets = [this.settings.accessToken, ...Object.values(message.zaloTemplate.params)];
    if (outcome.kind !== 'answer' || outcome.status < 200 || outcome.status >= 300) return failureOf(outcome, message, secrets);
    const response = scrubProviderText(outcome.body, message, secrets);
    const answer = parse(outcome.body);
    if (!answer || typeof answer.error !== 'number') {
      return { ok: false, retryable: true, error: 'unexpected ZNS answer (no numeric "error")', statusCode: outcome.status, response };
    }
    if (answer.error === 0) {
      const id = answer.data?.msg_id;
      return { ok: true, providerMessageId: typeof id === 'string' || typeof id === 'number' ? String(id) : null, statusCode: outcome.status, response };
    }
    const judged = classifyZaloError(answer.error);
    return { ok: false, retryable: judged.retryable, error: `ZNS error ${judged.code}: ${judged.name}`, statusCode: outcome.status, response };
  }
}

function parse(body: string): ZnsAnswer | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' ? (value as ZnsAnswer) : undefined;
  } catch {
    return undefined;
  }
}
