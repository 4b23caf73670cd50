/**
 * Jest global setup for the integration project: brings up the real infrastructure once per run.
 * - Kafka: the local broker from tools/kafka (reused when one is already running).
 * - PostgreSQL: the test database with one schema and role per service.
 * - Redis: checked to answer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { ROOT, pgTargetFromEnv, provisionPostgres, startKafka } from '@trustcircle/devstack';
import { TEST_INFRA, assertTestDatabase } from './test-infra';

export default async function globalSetup(): Promise<void> {
  const t0 = Date.now();
  const dbName = process.env.TEST_DB_NAME ?? TEST_INFRA.dbName;
  assertTestDatabase(dbName);

  const [kafka] = await Promise.all([
    startKafka({}, (m) => console.log(`\n${m}`)),
    provisionPostgres({ ...pgTargetFromEnv(dbName), database: dbName }, TEST_INFRA.dbRolePassword),
    pingRedis(process.env.REDIS_URL ?? TEST_INFRA.redisUrl),
  ]);

  const record = {
    at: new Date().toISOString(),
    kafka: { started: kafka.started, readyMs: kafka.readyMs, brokers: kafka.brokers, pid: kafka.pid },
    setupMs: Date.now() - t0,
  };
  const dir = join(ROOT, '.var', 'test-run');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'infra.json'), JSON.stringify(record, null, 2));
  console.log(
    `\n[infra] Kafka ${kafka.started ? `started, ready in ${kafka.readyMs} ms` : 'reused'}; ` +
      `Postgres "${dbName}" provisioned; Redis answers; setup took ${record.setupMs} ms`,
  );
}

async function pingRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  try {
    await redis.connect();
    const pong = await redis.ping();
    if (pong !== 'PONG') throw new Error(`Redis answered ${pong}`);
  } finally {
    redis.disconnect();
  }
}
