import Redis from 'ioredis';
import type { RedisModuleOptions } from './redis-module-options';

/**
 * Creates the ioredis client with fail-fast settings: no offline queue (a command issued while disconnected fails
 * at once instead of piling up), one retry per request, a command timeout, and a lazy connection opened by
 * {@link RedisLifecycle} at module init. ioredis keeps reconnecting in the background after a drop.
 */
export function createRedisClient(options: RedisModuleOptions): Redis {
  return new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 5_000,
    commandTimeout: options.commandTimeoutMs ?? 2_000,
    connectionName: options.connectionName ?? `tc:${options.keyPrefix}`,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // How long a forced disconnect waits for the socket to close before destroying it (ioredis default 2 s).
    disconnectTimeout: 500,
  });
}
