import { loadConfig } from '@trustcircle/config';
import { NotificationsEnv } from '../../config/notifications.env';

const base = {
  DB_NAME: 'trustcircle_test',
  DB_PASSWORD: 'password-123',
  REDIS_URL: 'redis://127.0.0.1:6379/0',
  KAFKA_BROKERS: '127.0.0.1:9092',
  PLATFORM_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('webhook env', () => {
  it('defaults: https only, a 24 h rotation overlap', () => {
    const env = loadConfig(NotificationsEnv, base);
    expect([env.WEBHOOK_ALLOW_INSECURE_URLS, env.WEBHOOK_SECRET_ROTATION_OVERLAP_HOURS]).toEqual([false, 24]);
  });

  it('allows insecure URLs in development, and refuses them in production', () => {
    expect(loadConfig(NotificationsEnv, { ...base, NODE_ENV: 'development', WEBHOOK_ALLOW_INSECURE_URLS: 'true' }).WEBHOOK_ALLOW_INSECURE_URLS).toBe(true);
    expect(() => loadConfig(NotificationsEnv, { ...base, NODE_ENV: 'production', WEBHOOK_ALLOW_INSECURE_URLS: 'true' })).toThrow(/WEBHOOK_ALLOW_INSECURE_URLS must be false in production/);
    expect(() => loadConfig(NotificationsEnv, { ...base, WEBHOOK_ALLOW_INSECURE_URLS: 'perhaps' })).toThrow(/WEBHOOK_ALLOW_INSECURE_URLS/);
  });
});
