import { IsString, MinLength } from 'class-validator';
import { ConfigError } from './config-error';
import { assertSafeForProduction } from './config.module';
import { loadConfig } from './load-config';
import { ServiceEnv } from './service-env';

class DemoEnv extends ServiceEnv {
  @IsString() @MinLength(32)
  DEMO_SECRET!: string;
}

const valid = {
  DB_NAME: 'trustcircle_test',
  DB_PASSWORD: 'password-1',
  REDIS_URL: 'redis://127.0.0.1:6379/15',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094',
  DEMO_SECRET: 'x'.repeat(32),
  PLATFORM_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe(loadConfig.name, () => {
  it('parses, converts and applies defaults', () => {
    const c = loadConfig(DemoEnv, { ...valid, DB_POOL_MAX: '4', TEST_HOOKS_ENABLED: 'true' });
    expect(c.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(c.DB_POOL_MAX).toBe(4);
    expect(c.DB_PORT).toBe(5432);
    expect(c.TEST_HOOKS_ENABLED).toBe(true);
    expect(c.FAULT_POINTS).toEqual([]);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reports every bad variable at once, by name, without echoing values', () => {
    const secret = 'short-secret-value';
    let error: unknown;
    try {
      loadConfig(DemoEnv, { ...valid, DB_POOL_MAX: '4.5', KAFKA_BROKERS: 'nonsense', DEMO_SECRET: secret, REDIS_URL: undefined });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['DB_POOL_MAX', 'DEMO_SECRET', 'KAFKA_BROKERS', 'REDIS_URL']);
    expect((error as Error).message).not.toContain(secret);
  });

  it('refuses test hooks and fault points in production', () => {
    const c = loadConfig(DemoEnv, { ...valid, NODE_ENV: 'production', TEST_HOOKS_ENABLED: '1', FAULT_POINTS: 'outbox.after-publish' });
    expect(() => assertSafeForProduction('demo', c)).toThrow(/TEST_HOOKS_ENABLED[\s\S]*FAULT_POINTS/);
  });

  it('reads Kafka TLS and SASL settings; empty values (as copied from .env.example) mean unset', () => {
    const none = loadConfig(DemoEnv, { ...valid, KAFKA_SSL_CA_FILE: '', KAFKA_SASL_MECHANISM: '', KAFKA_SASL_USERNAME: '', KAFKA_SASL_PASSWORD: '' });
    expect([none.KAFKA_SSL, none.KAFKA_SSL_CA_FILE, none.KAFKA_SASL_MECHANISM, none.KAFKA_SASL_USERNAME]).toEqual([false, undefined, undefined, undefined]);
    const scram = loadConfig(DemoEnv, { ...valid, KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'tc-orders', KAFKA_SASL_PASSWORD: 'pw' });
    expect([scram.KAFKA_SSL, scram.KAFKA_SASL_MECHANISM, scram.KAFKA_SASL_USERNAME]).toEqual([true, 'scram-sha-512', 'tc-orders']);
  });

  it('refuses a SASL mechanism it does not speak, or one without its user and password', () => {
    const problems = (env: Record<string, string>): string[] => {
      try {
        loadConfig(DemoEnv, { ...valid, ...env });
        return [];
      } catch (e) {
        return (e as ConfigError).problems.map((p) => p.variable);
      }
    };
    expect(problems({ KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' })).toEqual(['KAFKA_SASL_MECHANISM']);
    expect(problems({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toEqual(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']);
    expect(problems({ KAFKA_SASL_USERNAME: 'u' })).toEqual([]);
  });

  it('refuses a boolean it cannot read', () => {
    expect(() => loadConfig(DemoEnv, { ...valid, TEST_HOOKS_ENABLED: 'maybe' })).toThrow(/TEST_HOOKS_ENABLED/);
  });
});
