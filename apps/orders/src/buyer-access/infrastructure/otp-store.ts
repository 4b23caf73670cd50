import { Inject, Injectable } from '@nestjs/common';
import { REDIS, RedisKeys } from '@trustcircle/redis';
import type Redis from 'ioredis';

/** A stored one-time code: its hash only, when it stops being accepted, and the tries left. */
export interface StoredOtp {
  hash: string;
  expiresAt: Date;
  /** Tries left after the one being made. */
  triesLeft: number;
}

/**
 * Takes one try, atomically: none left (or no code) → nil and the key is gone; else the hash, the expiry and the
 * tries left after this one. Each try is counted before the code is compared, so parallel guesses cannot
 * outnumber the tries.
 */
const TAKE_TRY_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
local left = redis.call('HINCRBY', KEYS[1], 'tries', -1)
if left < 0 then
  redis.call('DEL', KEYS[1])
  return nil
end
local v = redis.call('HMGET', KEYS[1], 'hash', 'exp')
return { v[1], v[2], left }
`;

/** Deletes the code only if it is still the one that matched (a newer request replaced nothing then). */
const CONSUME_LUA = `
if redis.call('HGET', KEYS[1], 'hash') == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * One-time codes in Redis, one per order (`tc:orders:buyer-otp:{orderId}`): the HMAC of the code, its expiry
 * and the tries left, under a Redis TTL equal to the code's lifetime. The code itself is never stored.
 */
@Injectable()
export class OtpStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** Stores a new code for the order, replacing any earlier one (its tries start again). */
  async put(orderId: string, hash: string, expiresAt: Date, tries: number, ttlSeconds: number): Promise<void> {
    const key = this.keyOf(orderId);
    await this.redis.multi().del(key).hset(key, { hash, exp: String(expiresAt.getTime()), tries: String(tries) }).expire(key, ttlSeconds).exec();
  }

  /** Takes one try at the order's code; undefined when there is none (never sent, used, expired, tries spent). */
  async takeTry(orderId: string): Promise<StoredOtp | undefined> {
    const result = (await this.redis.eval(TAKE_TRY_LUA, 1, this.keyOf(orderId))) as [string | null, string | null, number] | null;
    if (!result || !result[0] || !result[1]) return undefined;
    return { hash: result[0], expiresAt: new Date(Number(result[1])), triesLeft: Number(result[2]) };
  }

  /** Uses up the code that matched; false when it was already used or replaced (a concurrent try won). */
  async consume(orderId: string, hash: string): Promise<boolean> {
    return Number(await this.redis.eval(CONSUME_LUA, 1, this.keyOf(orderId), hash)) === 1;
  }

  /** Forgets the order's code (expired, or its last try failed). */
  async discard(orderId: string): Promise<void> {
    await this.redis.del(this.keyOf(orderId));
  }

  private keyOf(orderId: string): string {
    return this.keys.key('buyer-otp', orderId);
  }
}
