import { Inject, Injectable } from '@nestjs/common';
import { hashKeyPart, REDIS, RedisKeys } from '@trustcircle/redis';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { WEBHOOK_LOCK_SECONDS, WEBHOOK_REPLAY_TTL_SECONDS, type WebhookReplayRecord } from './webhook-replay-record';

/**
 * Takes a message for processing unless its record says otherwise: absent, `failed`, or a `processing` lock that
 * ran out (ARGV[2] = now in ms) → writes the new processing record; else returns the record as it stands.
 */
const TAKE = `
local v = redis.call('GET', KEYS[1])
if v then
  local r = cjson.decode(v)
  if r.bodySha256 ~= ARGV[4] then return v end
  if r.state == 'completed' then return v end
  if r.state == 'processing' and tonumber(r.lockedUntil) > tonumber(ARGV[2]) then return v end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return false`;

/** Replaces the record only while we still hold it (our `owner` token). */
const SETTLE = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local r = cjson.decode(v)
if r.state ~= 'processing' or r.owner ~= ARGV[2] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
return 1`;

/** The lock a request holds on a message while its handler runs. */
export interface WebhookLock {
  key: string;
  owner: string;
  bodySha256: string;
  firstSeenAt: string;
}

/**
 * The record of webhook ids seen per partner, in Redis (`tc:{service}:whk:{partnerId}:{hash of the id}`), kept
 * {@link WEBHOOK_REPLAY_TTL_SECONDS}. Answers are stored like the Idempotency-Key store does, so a retried
 * webhook gets the first answer. Money endpoints keep their own database uniqueness as well.
 */
@Injectable()
export class WebhookReplayStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** The Redis key of a partner's message id (the id is hashed: it is partner-chosen text). */
  keyOf(partnerId: string, webhookId: string): string {
    return this.keys.key('whk', partnerId, hashKeyPart(webhookId));
  }

  /** What the store holds for a message, if anything. */
  async get(key: string): Promise<WebhookReplayRecord | undefined> {
    const raw = await this.redis.get(key);
    return raw === null ? undefined : (JSON.parse(raw) as WebhookReplayRecord);
  }

  /** Takes the message for processing, or returns the record that prevents it. */
  async take(key: string, bodySha256: string, firstSeenAt: string): Promise<{ taken: WebhookLock } | { existing: WebhookReplayRecord }> {
    const owner = randomUUID();
    const record: WebhookReplayRecord = { state: 'processing', bodySha256, firstSeenAt, owner, lockedUntil: Date.now() + WEBHOOK_LOCK_SECONDS * 1000 };
    const existing = (await this.redis.eval(TAKE, 1, key, JSON.stringify(record), String(Date.now()), String(WEBHOOK_REPLAY_TTL_SECONDS), bodySha256)) as string | null;
    if (existing === null) return { taken: { key, owner, bodySha256, firstSeenAt } };
    return { existing: JSON.parse(existing) as WebhookReplayRecord };
  }

  /** Stores the answer given, for retries. */
  async complete(lock: WebhookLock, answer: { status: number; headers: Record<string, string>; body: string | null }): Promise<void> {
    await this.settle(lock, { state: 'completed', bodySha256: lock.bodySha256, firstSeenAt: lock.firstSeenAt, ...answer });
  }

  /** Marks the message as failed (5xx): a retry is processed again, its timestamp not judged. */
  async fail(lock: WebhookLock): Promise<void> {
    await this.settle(lock, { state: 'failed', bodySha256: lock.bodySha256, firstSeenAt: lock.firstSeenAt });
  }

  private async settle(lock: WebhookLock, record: WebhookReplayRecord): Promise<void> {
    await this.redis.eval(SETTLE, 1, lock.key, JSON.stringify(record), lock.owner, String(WEBHOOK_REPLAY_TTL_SECONDS));
  }
}
