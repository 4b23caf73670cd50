import { ConfigError, loadConfig } from '@trustcircle/config';
import { NotificationsEnv } from '../config/notifications.env';
import { DEFAULT_SMS_PAYLOAD } from './domain/sms-payload-template';

const base = {
  DB_NAME: 'trustcircle_test',
  DB_PASSWORD: 'password-1',
  REDIS_URL: 'redis://127.0.0.1:6379/15',
  KAFKA_BROKERS: '127.0.0.1:9092',
  PLATFORM_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(NotificationsEnv, { ...base, ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => p.variable).sort();
    throw e;
  }
  return [];
}

describe('NotificationsEnv: channels', () => {
  it('defaults to the development SMS log only, no Zalo, no email', () => {
    const env = loadConfig(NotificationsEnv, base);
    expect(env.SMS_PROVIDERS).toEqual(['sms-log']);
    expect(env.ZALO_PROVIDERS).toEqual([]);
    expect(env.EMAIL_PROVIDERS).toEqual([]);
    expect(env.SMS_GATEWAY_AUTH_HEADER).toBe('Authorization');
    expect(env.SMS_GATEWAY_PAYLOAD).toBe(DEFAULT_SMS_PAYLOAD);
    expect(env.SMS_GATEWAY_MESSAGE_ID_PATH).toBe('data.id');
    expect(env.ZALO_ZNS_URL).toBe('https://business.openapi.zalo.me');
    expect([env.SMS_GATEWAY_TIMEOUT_MS, env.ZALO_ZNS_TIMEOUT_MS, env.SMTP_TIMEOUT_MS, env.WEBHOOK_TIMEOUT_MS]).toEqual([10_000, 10_000, 15_000, 15_000]);
  });

  it('requires each listed provider’s variables, and only then', () => {
    expect(problemsOf({ SMS_PROVIDERS: 'sms-http,sms-http-secondary', ZALO_PROVIDERS: 'zalo-zns', EMAIL_PROVIDERS: 'smtp' })).toEqual([
      'EMAIL_FROM',
      'SMS_GATEWAY_SECONDARY_TOKEN',
      'SMS_GATEWAY_SECONDARY_URL',
      'SMS_GATEWAY_TOKEN',
      'SMS_GATEWAY_URL',
      'SMTP_URL',
      'ZALO_ZNS_ACCESS_TOKEN',
    ]);
    expect(problemsOf({ SMS_GATEWAY_URL: '', SMS_GATEWAY_SECONDARY_PAYLOAD: '', SMTP_URL: '' })).toEqual([]);
  });

  it('refuses unknown providers, duplicates, a bad template, a bad URL and a bad id path', () => {
    expect(
      problemsOf({
        SMS_PROVIDERS: 'sms-log,sms-log',
        ZALO_PROVIDERS: 'zalo',
        EMAIL_PROVIDERS: 'sendgrid',
        SMS_GATEWAY_PAYLOAD: '{"to":{{to}},"text":"{{text}}"}',
        SMS_GATEWAY_SECONDARY_PAYLOAD: '{"to":"{{to}}"}',
        SMS_GATEWAY_MESSAGE_ID_PATH: 'data..id',
        SMS_GATEWAY_AUTH_HEADER: 'Bad Header',
        ZALO_ZNS_URL: 'ftp://zalo',
        WEBHOOK_TIMEOUT_MS: '5',
      }),
    ).toEqual([
      'EMAIL_PROVIDERS',
      'SMS_GATEWAY_AUTH_HEADER',
      'SMS_GATEWAY_MESSAGE_ID_PATH',
      'SMS_GATEWAY_PAYLOAD',
      'SMS_GATEWAY_SECONDARY_PAYLOAD',
      'SMS_PROVIDERS',
      'WEBHOOK_TIMEOUT_MS',
      'ZALO_PROVIDERS',
      'ZALO_ZNS_URL',
    ]);
  });

  it('never echoes a secret in the error', () => {
    let message = '';
    try {
      loadConfig(NotificationsEnv, { ...base, SMS_PROVIDERS: 'sms-http', SMS_GATEWAY_URL: 'not a url', SMS_GATEWAY_TOKEN: 'has space-secret-token', EMAIL_PROVIDERS: 'smtp', SMTP_URL: 'http://u:topsecretpw@h', EMAIL_FROM: 'a@b.vn' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/SMS_GATEWAY_URL[\s\S]*SMS_GATEWAY_TOKEN[\s\S]*SMTP_URL/);
    expect(message).not.toContain('space-secret-token');
    expect(message).not.toContain('topsecretpw');
  });

  it('reads a complete configuration', () => {
    const env = loadConfig(NotificationsEnv, {
      ...base,
      SMS_PROVIDERS: 'sms-http, sms-http-secondary ,sms-log',
      SMS_GATEWAY_URL: 'https://sms.example.vn/v1/send',
      SMS_GATEWAY_TOKEN: 'tok',
      SMS_GATEWAY_SECONDARY_URL: 'https://backup.example.vn/api',
      SMS_GATEWAY_SECONDARY_TOKEN: 'tok2',
      SMS_GATEWAY_SECONDARY_AUTH_HEADER: 'X-Api-Key',
      SMS_GATEWAY_SECONDARY_PAYLOAD: '{"msisdn":"{{msisdn}}","message":"{{text}}"}',
      EMAIL_PROVIDERS: 'smtp',
      SMTP_URL: 'smtp://user:pass@smtp.example.vn:587',
      EMAIL_FROM: 'TrustCircle <no-reply@trustcircle.vn>',
    });
    expect(env.SMS_PROVIDERS).toEqual(['sms-http', 'sms-http-secondary', 'sms-log']);
    expect(env.SMS_GATEWAY_SECONDARY_AUTH_HEADER).toBe('X-Api-Key');
    expect(env.SMS_GATEWAY_SECONDARY_SENDER).toBeUndefined();
  });
});
