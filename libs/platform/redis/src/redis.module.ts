import { Module, type DynamicModule } from '@nestjs/common';
import { provideReadinessCheck } from '@trustcircle/observability';
import { createRedisClient } from './create-redis-client';
import { REDIS, REDIS_OPTIONS } from './redis.constants';
import { RedisKeys } from './redis-keys';
import { RedisLifecycle } from './redis-lifecycle.service';
import type { RedisModuleOptions } from './redis-module-options';
import { RedisReadinessCheck } from './redis-readiness.check';

/**
 * The shared Redis connection of a service (global).
 *
 * Provides {@link REDIS} (the ioredis client), {@link RedisKeys} (keys prefixed `tc:{keyPrefix}:`) and
 * {@link RedisReadinessCheck}, which it registers with the observability `HealthModule` when that is imported.
 *
 * @example RedisModule.forRoot({ url: config.redisUrl, keyPrefix: 'orders' })
 */
@Module({})
export class RedisModule {
  static forRoot(options: RedisModuleOptions): DynamicModule {
    const keys = new RedisKeys(options.keyPrefix); // validates the prefix at boot
    return {
      module: RedisModule,
      global: true,
      providers: [
        { provide: REDIS_OPTIONS, useValue: options },
        { provide: REDIS, useFactory: () => createRedisClient(options) },
        { provide: RedisKeys, useValue: keys },
        RedisLifecycle,
        RedisReadinessCheck,
        provideReadinessCheck({ useExisting: RedisReadinessCheck }),
      ],
      exports: [REDIS, REDIS_OPTIONS, RedisKeys, RedisReadinessCheck],
    };
  }
}
