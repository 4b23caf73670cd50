export { REDIS, REDIS_OPTIONS } from './redis.constants';
export type { RedisModuleOptions } from './redis-module-options';
export { RedisModule } from './redis.module';
export { RedisKeys } from './redis-keys';
export { redisKey, redisKeyPrefix, hashKeyPart, type RedisKeyPart } from './redis-key';
export { RedisReadinessCheck } from './redis-readiness.check';
export { createRedisClient } from './create-redis-client';
