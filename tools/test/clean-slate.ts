/**
 * Every test run starts from a clean slate: what earlier runs left on the shard's infrastructure (a database that
 * grows by ~100 MB a run, topics holding every earlier run's events, consumer groups, Redis keys) made later runs
 * slower and their results depend on history (a dashboard test failed once more than 50 earlier couriers owed
 * COD). The global setup drops the test database (`dropDatabase`, before provisioning it again) and calls these.
 */
import Redis from 'ioredis';
import type { Admin } from 'kafkajs';
import { ensureTopics } from '@trustcircle/messaging';
import type { TopicDeclaration } from '@trustcircle/contracts';

/**
 * Deletes every consumer group and every topic but Kafka's own (`__…`) from a reused test broker (one this run
 * starts has empty logs), and waits until the broker no longer lists them (the setup then creates the declared
 * topics anew). A group that still has members (a test process of an earlier run still alive) fails the setup,
 * named, rather than leave the run to depend on it.
 */
export async function emptyTestBroker(admin: Admin, timeoutMs = 30_000): Promise<{ topics: number; groups: number }> {
  const deadline = Date.now() + timeoutMs;
  // A broker that has just started answers "coordinator loading" for a while.
  const { groups } = await retrying(() => admin.listGroups(), deadline);
  const groupIds = groups.map((g) => g.groupId);
  if (groupIds.length > 0) {
    await retrying(() => admin.deleteGroups(groupIds), deadline).catch((e: unknown) => {
      const refused = ((e as { groups?: Array<{ groupId: string; error?: { message?: string } }> }).groups ?? []).map((g) => `${g.groupId} (${g.error?.message ?? 'refused'})`);
      throw new Error(`The test broker kept consumer groups of an earlier run: ${refused.join(', ') || String(e)}. Is a test process of an earlier run still running?`);
    });
  }
  const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
  if (topics.length > 0) await retrying(() => admin.deleteTopics({ topics, timeout: timeoutMs }), deadline);
  for (;;) {
    const left = (await admin.listTopics()).filter((t) => topics.includes(t));
    if (left.length === 0) break;
    if (Date.now() > deadline) throw new Error(`The test broker still lists ${left.length} deleted topic(s) after ${timeoutMs} ms: ${left.slice(0, 5).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { topics: topics.length, groups: groupIds.length };
}

/** Calls `fn` until it succeeds, or fails with what a retry cannot mend, or the deadline passes. */
async function retrying<T>(fn: () => Promise<T>, deadline: number): Promise<T> {
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline || (e as { retriable?: boolean }).retriable === false) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Creates the declared topics on a broker that has just deleted them, retrying for up to `timeoutMs`: the broker
 * removes a deleted topic's logs in the background, and until it has, it answers a new topic of the same name
 * "does not host this topic-partition" (kafkajs waits out only "leader not available").
 */
export async function recreateTopics(admin: Admin, declarations: TopicDeclaration[], timeoutMs = 60_000): Promise<void> {
  await retrying(() => ensureTopics(admin, declarations), Date.now() + timeoutMs);
}

/**
 * Empties the shard's Redis database (idempotency keys, rate-limit counters, OTP codes, caches), after checking
 * it answers. Only a numbered database other than 0 is emptied: a REDIS_URL pointed elsewhere is left alone.
 */
export async function emptyTestRedis(url: string): Promise<'emptied' | 'left alone'> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  try {
    await redis.connect();
    const pong = await redis.ping();
    if (pong !== 'PONG') throw new Error(`Redis answered ${pong}`);
    const db = Number(new URL(url).pathname.slice(1) || '0');
    if (!Number.isInteger(db) || db === 0) return 'left alone';
    await redis.flushdb();
    return 'emptied';
  } finally {
    redis.disconnect();
  }
}
