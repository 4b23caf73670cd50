import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { HTTP_EDGE_OPTIONS, HTTP_EDGE_REDIS } from '../edge/http-edge.constants';
import type { HttpEdgeModuleOptions } from '../edge/http-edge-module-options';
import { edgeRedisKey } from '../redis/edge-redis-key';
import { requireRedis, type EdgeRedis } from '../redis/edge-redis';
import type { RateLimitRule, RateLimitState } from './rate-limit-rule';

const COMMAND = 'tcRateLimitHit';

/**
 * Fixed window, atomically: INCR, then EXPIRE only when the count is 1 (the first request opens the window). A
 * key that lost its TTL gets it back, so a window can never become eternal. Returns { count, ttl }.
 */
const FIXED_WINDOW_LUA = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

type RedisWithRateLimit = Redis & { [COMMAND]?: (key: string, windowSeconds: number) => Promise<[number, number]> };

/** Counts requests per rule and subject in Redis (`tc:{service}:rl:{hash}`), with a Lua script run by `defineCommand`. */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(HTTP_EDGE_REDIS) private readonly redis: EdgeRedis,
    @Inject(HTTP_EDGE_OPTIONS) private readonly options: HttpEdgeModuleOptions,
  ) {}

  /** Counts one request of `subject` under `rule`. */
  async hit(rule: RateLimitRule, subject: string): Promise<RateLimitState> {
    const key = edgeRedisKey(this.options.service, 'rl', rule.name, subject);
    const [count, resetSeconds] = await this.command()(key, rule.windowSeconds);
    return { limit: rule.limit, count, remaining: Math.max(0, rule.limit - count), resetSeconds };
  }

  private command(): (key: string, windowSeconds: number) => Promise<[number, number]> {
    const redis = requireRedis(this.redis, '@RateLimit()') as RedisWithRateLimit;
    if (typeof redis[COMMAND] !== 'function') redis.defineCommand(COMMAND, { numberOfKeys: 1, lua: FIXED_WINDOW_LUA });
    const command = redis[COMMAND];
    if (!command) throw new Error('ioredis did not define the rate-limit command.');
    return command.bind(redis);
  }
}
