import { Global, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { LoggingModule } from '@trustcircle/observability';
import type { NextFunction, Response } from 'express';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { configureHttpEdge, HttpEdgeModule, type RequestWithPrincipal } from '../src';
import { TestOrdersController } from './test-orders.controller';

/** Token of the test's ioredis client. */
export const TEST_REDIS = Symbol('TEST_REDIS');

/** A real Nest app with the HTTP edge, on Redis DB 15 with a service name unique to the run. */
export interface EdgeTestApp {
  app: NestExpressApplication;
  redis: Redis;
  service: string;
  close(): Promise<void>;
}

/** The test Redis (logical DB 15), unless the spec passes the URL of its environment. */
const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379/15';

/**
 * Boots the test app. `x-test-partner` / `x-test-buyer` headers become `req.principal` (standing in for the
 * security library). `redis` replaces the real client (e.g. one that cannot connect).
 */
export async function createEdgeTestApp(options: { redisUrl?: string; redis?: Redis } = {}): Promise<EdgeTestApp> {
  const service = `t-http-${randomBytes(4).toString('hex')}`;
  const redis = options.redis ?? new Redis(options.redisUrl ?? DEFAULT_TEST_REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 1 });

  // Stands in for the global RedisModule of @trustcircle/redis.
  @Global()
  @Module({ providers: [{ provide: TEST_REDIS, useValue: redis }], exports: [TEST_REDIS] })
  class TestRedisModule {}

  @Module({
    imports: [TestRedisModule, LoggingModule.forRoot({ service, level: 'silent' }), HttpEdgeModule.forRoot({ service, redis: TEST_REDIS })],
    controllers: [TestOrdersController],
  })
  class TestAppModule {}

  const app = await NestFactory.create<NestExpressApplication>(TestAppModule, { bufferLogs: true });
  app.use((req: RequestWithPrincipal, _res: Response, next: NextFunction) => {
    const partner = req.header('x-test-partner');
    const buyer = req.header('x-test-buyer');
    if (partner) req.principal = { kind: 'marketplace', id: `key-${partner}`, partnerId: partner };
    else if (buyer) req.principal = { kind: 'buyer', id: buyer };
    next();
  });
  configureHttpEdge(app, { service, docs: { title: 'Test API', version: '1.0.0', description: 'Edge test' } });
  await app.init();
  return {
    app,
    redis,
    service,
    close: async () => {
      await app.close();
      if (redis.status === 'ready') {
        const keys = await redis.keys(`tc:${service}:*`); // this run's keys only
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      }
      else redis.disconnect();
    },
  };
}
