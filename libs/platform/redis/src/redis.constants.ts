/** Injection token of the shared ioredis client provided by {@link RedisModule}. */
export const REDIS = Symbol('REDIS');

/** Injection token of the validated {@link RedisModuleOptions}. */
export const REDIS_OPTIONS = Symbol('REDIS_OPTIONS');
