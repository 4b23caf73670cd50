import type Redis from 'ioredis';

/** The ioredis client given to the HTTP edge, or null when `HttpEdgeModule.forRoot` got none. */
export type EdgeRedis = Redis | null;

/** The client, or an error explaining the missing configuration. */
export function requireRedis(redis: EdgeRedis, feature: string): Redis {
  if (!redis) throw new Error(`${feature} needs Redis: pass HttpEdgeModule.forRoot({ redis: REDIS, … }).`);
  return redis;
}
