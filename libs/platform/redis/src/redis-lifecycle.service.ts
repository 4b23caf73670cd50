import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from './redis.constants';

/**
 * Opens the lazy connection at module init and closes it at shutdown. An unreachable Redis at boot does not stop
 * the app: the readiness check reports it and ioredis keeps retrying in the background.
 */
@Injectable()
export class RedisLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisLifecycle.name);

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onModuleInit(): Promise<void> {
    if (this.redis.status !== 'wait') return;
    try {
      await this.redis.connect();
    } catch (error) {
      this.logger.warn(`Redis is not reachable at boot (${messageOf(error)}); retrying in the background.`);
    }
  }

  /** Sends QUIT (pending replies arrive first) and waits for the socket to close, at most 2 s. */
  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status !== 'ready') {
      this.redis.disconnect(false); // also stops a reconnection loop
      return;
    }
    const ended = new Promise<void>((resolve) => this.redis.once('end', () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 2_000)));
    try {
      await this.redis.quit();
      await Promise.race([ended, timeout]);
    } catch {
      this.redis.disconnect(false);
    } finally {
      clearTimeout(timer);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
