import { hashKeyPart, redisKey, redisKeyPrefix, type RedisKeyPart } from './redis-key';

/**
 * Key builder bound to this service's prefix; inject it (provided by {@link RedisModule}) instead of
 * concatenating strings.
 */
export class RedisKeys {
  /** `tc:{service}:` */
  readonly prefix: string;

  constructor(private readonly service: string) {
    this.prefix = redisKeyPrefix(service);
  }

  /** `tc:{service}:{parts joined by ':'}` */
  key(...parts: RedisKeyPart[]): string {
    return redisKey(this.service, ...parts);
  }

  /** Hash of a sensitive value, safe to use as a key part. */
  hashed(value: string): string {
    return hashKeyPart(value);
  }
}
