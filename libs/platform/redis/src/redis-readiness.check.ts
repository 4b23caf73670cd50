import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { ReadinessCheck } from '@trustcircle/observability';
import { REDIS } from './redis.constants';

/** Readiness check `redis`: the service is ready when Redis answers PING. */
@Injectable()
export class RedisReadinessCheck implements ReadinessCheck {
  readonly name = 'redis';

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async check(): Promise<void> {
    const answer = await this.redis.ping();
    if (answer !== 'PONG') throw new Error(`Redis answered ${answer} to PING`);
  }
}
