import { Logger } from '@nestjs/common';
import type { ChannelProvider, OutboundMessage, SendResult } from '../channel-provider';
import { scrubProviderText } from '../domain/provider-failure';
import { readJsonPath, renderSmsPayload } from '../domain/sms-payload-template';
import { httpPost } from './http-post';
import { failureOf, logFailure } from './provider-outcome';

/** One SMS HTTP gateway's settings (primary or secondary). */
export interface SmsGatewaySettings {
  /** `sms-http` (primary) or `sms-http-secondary`: stored with each attempt. */
  name: string;
  url: string;
  /** A secret: sent only in {@link authHeader}, never logged or stored. */
  token: string;
  /** `Authorization` sends `Bearer <token>`; any other header name carries the token as is (`X-Api-Key: <token>`). */
  authHeader: string;
  /** The registered brandname. */
  sender: string;
  /** The JSON body template (see `sms-payload-template.ts`). */
  payloadTemplate: string;
  /** Where the gateway's message id is in its JSON answer (`data.id`); empty: not read. */
  messageIdPath: string;
  timeoutMs: number;
}

/**
 * SMS through an HTTP gateway (`sms-http`): one JSON POST per message, shaped by a configurable template, with the
 * send's idempotency key in `Idempotency-Key` (gateways that honour it never deliver a retried send twice). Any
 * 2xx is accepted; the gateway's id is read from the answer by a configured path.
 */
export class SmsHttpGatewayProvider implements ChannelProvider {
  readonly channel = 'SMS' as const;
  readonly name: string;
  private readonly logger: Logger;

  constructor(private readonly settings: SmsGatewaySettings) {
    this.name = settings.name;
    this.logger = new Logger(`SmsGateway:${settings.name}`);
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const { settings } = this;
    const body = renderSmsPayload(settings.payloadTemplate, {
      to: message.to,
      msisdn: message.to.replace(/^\+/, ''),
      sender: settings.sender,
      text: message.text,
      idempotencyKey: message.idempotencyKey,
      notificationId: message.notificationId,
    });
    const auth = settings.authHeader.toLowerCase() === 'authorization' ? `Bearer ${settings.token}` : settings.token;
    const outcome = await httpPost(settings.url, {
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': message.idempotencyKey, [settings.authHeader]: auth },
      body,
      timeoutMs: settings.timeoutMs,
    });
    const secrets = [settings.token];
    if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
      return { ok: true, providerMessageId: this.messageIdOf(outcome.body), statusCode: outcome.status, response: scrubProviderText(outcome.body, message, secrets) };
    }
    const failure = failureOf(outcome, message, secrets);
    logFailure(this.logger, this.name, message, failure);
    return failure;
  }

  private messageIdOf(body: string): string | null {
    if (!this.settings.messageIdPath) return null;
    try {
      return readJsonPath(JSON.parse(body), this.settings.messageIdPath);
    } catch {
      return null;
    }
  }
}
