import type { Clock } from '@trustcircle/kernel';
import type { DataSource } from 'typeorm';
import type { NotificationsEnv } from '../../config/notifications.env';
import type { ChannelProvider } from '../channel-provider';
import { LogSmsChannelProvider } from './log-sms-channel.provider';
import { SmsHttpGatewayProvider, type SmsGatewaySettings } from './sms-http-gateway.provider';
import { SmtpEmailProvider } from './smtp-email.provider';
import { WebhookSender } from './webhook.sender';
import { ZaloZnsProvider } from './zalo-zns.provider';

/** The part of the config the providers read. */
export type ChannelsEnv = Pick<
  NotificationsEnv,
  | 'SMS_PROVIDERS'
  | 'ZALO_PROVIDERS'
  | 'EMAIL_PROVIDERS'
  | 'SMS_GATEWAY_URL'
  | 'SMS_GATEWAY_TOKEN'
  | 'SMS_GATEWAY_AUTH_HEADER'
  | 'SMS_GATEWAY_SENDER'
  | 'SMS_GATEWAY_PAYLOAD'
  | 'SMS_GATEWAY_MESSAGE_ID_PATH'
  | 'SMS_GATEWAY_TIMEOUT_MS'
  | 'SMS_GATEWAY_SECONDARY_URL'
  | 'SMS_GATEWAY_SECONDARY_TOKEN'
  | 'SMS_GATEWAY_SECONDARY_AUTH_HEADER'
  | 'SMS_GATEWAY_SECONDARY_SENDER'
  | 'SMS_GATEWAY_SECONDARY_PAYLOAD'
  | 'SMS_GATEWAY_SECONDARY_MESSAGE_ID_PATH'
  | 'ZALO_ZNS_URL'
  | 'ZALO_ZNS_ACCESS_TOKEN'
  | 'ZALO_ZNS_TIMEOUT_MS'
  | 'SMTP_URL'
  | 'EMAIL_FROM'
  | 'SMTP_TIMEOUT_MS'
  | 'WEBHOOK_TIMEOUT_MS'
>;

/** What the providers need besides the config. */
export interface ChannelProviderDeps {
  /** The service's data source (`sms-log` writes `notifications.sms_log`). */
  dataSource: DataSource;
  clock: Clock;
}

/**
 * Every configured provider, in preference order per channel: Zalo (`ZALO_PROVIDERS`), SMS (`SMS_PROVIDERS`), email
 * (`EMAIL_PROVIDERS`), then the webhook sender (always). The config has been validated: a provider listed has its
 * required variables.
 */
export function channelProvidersFromEnv(env: ChannelsEnv, deps: ChannelProviderDeps): ChannelProvider[] {
  const required = (value: string | undefined, variable: string): string => {
    if (!value) throw new Error(`${variable} is required by the configured providers`);
    return value;
  };
  const zalo = env.ZALO_PROVIDERS.map(
    () => new ZaloZnsProvider({ baseUrl: env.ZALO_ZNS_URL, accessToken: required(env.ZALO_ZNS_ACCESS_TOKEN, 'ZALO_ZNS_ACCESS_TOKEN'), timeoutMs: env.ZALO_ZNS_TIMEOUT_MS }),
  );
  const primary = (): SmsGatewaySettings => ({
    name: 'sms-http',
    url: required(env.SMS_GATEWAY_URL, 'SMS_GATEWAY_URL'),
    token: required(env.SMS_GATEWAY_TOKEN, 'SMS_GATEWAY_TOKEN'),
    authHeader: env.SMS_GATEWAY_AUTH_HEADER,
    sender: env.SMS_GATEWAY_SENDER,
    payloadTemplate: env.SMS_GATEWAY_PAYLOAD,
    messageIdPath: env.SMS_GATEWAY_MESSAGE_ID_PATH,
    timeoutMs: env.SMS_GATEWAY_TIMEOUT_MS,
  });
  const secondary = (): SmsGatewaySettings => ({
    name: 'sms-http-secondary',
    url: required(env.SMS_GATEWAY_SECONDARY_URL, 'SMS_GATEWAY_SECONDARY_URL'),
    token: required(env.SMS_GATEWAY_SECONDARY_TOKEN, 'SMS_GATEWAY_SECONDARY_TOKEN'),
    authHeader: env.SMS_GATEWAY_SECONDARY_AUTH_HEADER ?? env.SMS_GATEWAY_AUTH_HEADER,
    sender: env.SMS_GATEWAY_SECONDARY_SENDER ?? env.SMS_GATEWAY_SENDER,
    payloadTemplate: env.SMS_GATEWAY_SECONDARY_PAYLOAD ?? env.SMS_GATEWAY_PAYLOAD,
    messageIdPath: env.SMS_GATEWAY_SECONDARY_MESSAGE_ID_PATH ?? env.SMS_GATEWAY_MESSAGE_ID_PATH,
    timeoutMs: env.SMS_GATEWAY_TIMEOUT_MS,
  });
  const sms = env.SMS_PROVIDERS.map((name): ChannelProvider => {
    if (name === 'sms-http') return new SmsHttpGatewayProvider(primary());
    if (name === 'sms-http-secondary') return new SmsHttpGatewayProvider(secondary());
    if (name === 'sms-log') return new LogSmsChannelProvider(deps.dataSource, deps.clock);
    throw new Error(`unknown SMS provider ${name}`);
  });
  const email = env.EMAIL_PROVIDERS.map(
    () => new SmtpEmailProvider({ url: required(env.SMTP_URL, 'SMTP_URL'), from: required(env.EMAIL_FROM, 'EMAIL_FROM'), timeoutMs: env.SMTP_TIMEOUT_MS }),
  );
  return [...zalo, ...sms, ...email, new WebhookSender({ timeoutMs: env.WEBHOOK_TIMEOUT_MS })];
}
