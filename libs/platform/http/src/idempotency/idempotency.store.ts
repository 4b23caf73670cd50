import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { HTTP_EDGE_OPTIONS, HTTP_EDGE_REDIS } from '../edge/http-edge.constants';
import type { HttpEdgeModuleOptions } from '../edge/http-edge-module-options';
import { edgeRedisKey } from '../redis/edge-redis-key';
import { requireRedis, type EdgeRedis } from '../redis/edge-redis';
import type { BeginOutcome, CompletedRecord, IdempotencyRecord, ProcessingRecord } from './idempotency-record';

const DEFAULT_TTL_SECONDS = 86_400;
const DEFAULT_LOCK_SECONDS = 120;
const RELEASE_IF_OWNED = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/**
 * Idempotency records in Redis, one per (tenant, route, key):
 * - `begin`: `SET NX EX lockSeconds` of a processing record; if the key exists, what it holds;
 * - `complete`: overwrite with the outcome, kept `ttlSeconds`;
 * - `release`: delete our own processing record (when nothing must be stored).
 */
@Injectable()
export class IdempotencyStore {
  readonly ttlSeconds: number;
  readonly lockSeconds: number;

  constructor(
    @Inject(HTTP_EDGE_REDIS) private readonly redis: EdgeRedis,
    @Inject(HTTP_EDGE_OPTIONS) private readonly options: HttpEdgeModuleOptions,
  ) {
    this.ttlSeconds = options.idempotency?.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    this.lockSeconds = options.idempotency?.lockSeconds ?? DEFAULT_LOCK_SECONDS;
  }

  /** Whether a Redis client was configured. */
  get enabled(): boolean {
    return this.redis !== null;
  }

  /** The Redis key of an idempotency key, scoped by tenant and route (`POST /v1/orders`). */
  keyOf(tenant: string, route: string, idempotencyKey: string): string {
    return edgeRedisKey(this.options.service, 'idem', tenant, route, idempotencyKey);
  }

  /** Takes the key for a new request, or reports what an earlier request with the same key left. */
  async begin(key: string, fingerprint: string): Promise<BeginOutcome> {
    const redis = requireRedis(this.redis, '@Idempotent()');
    for (let attempt = 0; attempt < 3; attempt++) {
      const lock: ProcessingRecord = { state: 'processing', fingerprint, startedAt: new Date().toISOString(), owner: randomUUID() };
      if ((await redis.set(key, JSON.stringify(lock), 'EX', this.lockSeconds, 'NX')) === 'OK') return { kind: 'started', lock };
      const raw = await redis.get(key);
      if (raw === null) continue; // expired in between: try to take it again
      const record = JSON.parse(raw) as IdempotencyRecord;
      if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
      return record.state === 'processing' ? { kind: 'in-progress' } : { kind: 'completed', record };
    }
    throw new Error(`Idempotency key ${key} kept changing while being taken.`);
  }

  /** Stores the outcome of the request holding the key. */
  async complete(key: string, outcome: Omit<CompletedRecord, 'state' | 'completedAt'>): Promise<void> {
    const record: CompletedRecord = { state: 'completed', ...outcome, completedAt: new Date().toISOString() };
    await requireRedis(this.redis, '@Idempotent()').set(key, JSON.stringify(record), 'EX', this.ttlSeconds);
  }

  /** Deletes the processing record `lock`, unless another request has taken the key since. */
  async release(key: string, lock: ProcessingRecord): Promise<void> {
    await requireRedis(this.redis, '@Idempotent()').eval(RELEASE_IF_OWNED, 1, key, JSON.stringify(lock));
  }
}
