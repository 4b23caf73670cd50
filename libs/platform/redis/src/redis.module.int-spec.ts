import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HealthModule, provideReadinessCheck, type ReadinessCheck } from '@trustcircle/observability';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { REDIS } from './redis.constants';
import { RedisKeys } from './redis-keys';
import { RedisModule } from './redis.module';
import { RedisReadinessCheck } from './redis-readiness.check';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/15';

@Injectable()
class FailingDependency implements ReadinessCheck {
  readonly name = 'always-down';
  async check(): Promise<void> {
    throw new Error('not today');
  }
}

async function boot(url: string, keyPrefix: string, extra: Array<new () => unknown> = []): Promise<INestApplication> {
  @Module({ imports: [RedisModule.forRoot({ url, keyPrefix, connectTimeoutMs: 500, commandTimeoutMs: 300 }), HealthModule.forRoot({ checkTimeoutMs: 500 }), ...extra] })
  class AppModule {}
  const app = await NestFactory.create(AppModule, { logger: false });
  await app.init();
  return app;
}

describe(`RedisModule against real Redis (${REDIS_URL.replace(/^.*\//, 'DB ')})`, () => {
  const service = `t-redis-${randomBytes(4).toString('hex')}`;
  let app: INestApplication;
  let redis: Redis;

  beforeAll(async () => {
    app = await boot(REDIS_URL, service);
    redis = app.get<Redis>(REDIS);
  });
  afterAll(async () => {
    if (app) await app.close();
  });

  it('connects at init, fail-fast (no offline queue), and writes keys under tc:{service}:', async () => {
    expect(redis.status).toBe('ready');
    expect(redis.options.enableOfflineQueue).toBe(false);
    const keys = app.get(RedisKeys);
    const key = keys.key('probe', 'k1');
    await redis.set(key, 'v', 'EX', 30);
    expect(await redis.get(`tc:${service}:probe:k1`)).toBe('v');
    expect(await redis.ttl(key)).toBeGreaterThan(0);
  });

  it('PINGs as the readiness check, which the health endpoint runs', async () => {
    await expect(app.get(RedisReadinessCheck).check()).resolves.toBeUndefined();
    const res = await request(app.getHttpServer() as App).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.info).toEqual({ redis: { status: 'up' } });
  });

  it('reports a failing check next to Redis with 503', async () => {
    @Module({ providers: [FailingDependency, provideReadinessCheck({ useExisting: FailingDependency })] })
    class FailingModule {}
    const other = await boot(REDIS_URL, service, [FailingModule]);
    try {
      const res = await request(other.getHttpServer() as App).get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ failing: ['always-down'], info: { redis: { status: 'up' } } });
    } finally {
      await other.close();
    }
  });

  it('quits the connection when the app closes', async () => {
    const other = await boot(REDIS_URL, service);
    const client = other.get<Redis>(REDIS);
    expect(client.status).toBe('ready');
    await other.close();
    expect(client.status).toBe('end');
  });
});

// ioredis keeps a rejected command's timeout timer until it fires, hence the short command timeout above.
describe('RedisModule with Redis unreachable', () => {
  it('still boots, and readiness answers 503 for redis at once', async () => {
    const app = await boot('redis://127.0.0.1:1/15', 't-redis-down');
    try {
      const started = Date.now();
      const res = await request(app.getHttpServer() as App).get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.failing).toEqual(['redis']);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await app.close();
    }
  });
});
