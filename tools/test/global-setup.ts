/**
 * Jest global setup for the integration project: brings up the real infrastructure once per run.
 * - Kafka: this checkout's local broker (reused when one already answers), and every declared topic.
 * - PostgreSQL: the test database, one schema and role per service, every service's migrations.
 * - Redis: checked to answer.
 * - The console's web app: built with Vite when its sources changed since the last build (the console serves it).
 * - Chromium for the browser tests (test/browser): Debian's package, installed with apt-get when missing.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { SERVICE_NAMES, allTopicDeclarations } from '@trustcircle/contracts';
import { ROOT, pgTargetFromEnv, provisionPostgres, startKafka } from '@trustcircle/devstack';
import { ensureTopics } from '@trustcircle/messaging';
import { TEST_INFRA, assertTestDatabase } from '@trustcircle/testing';
import { buildWebApp } from '../../apps/console/src/web-app/build-web-app';
import { migrate } from '../db/migrate';
import { type ChromiumResult, ensureChromium } from './chromium';

export default async function globalSetup(): Promise<void> {
  const t0 = Date.now();
  const dbName = process.env.TEST_DB_NAME ?? TEST_INFRA.dbName;
  assertTestDatabase(dbName);

  const [kafka, , , web, chromium] = await Promise.all([
    startKafka({ instance: TEST_INFRA.kafkaInstance, port: TEST_INFRA.kafkaPort, controllerPort: TEST_INFRA.kafkaControllerPort, sasl: TEST_INFRA.kafkaSasl }, (m) => console.log(`\n${m}`)),
    provisionPostgres(pgTargetFromEnv(dbName), TEST_INFRA.dbRolePassword).then(() =>
      migrate({ NODE_ENV: 'test', DB_HOST: TEST_INFRA.dbHost, DB_PORT: TEST_INFRA.dbPort, DB_NAME: dbName, DB_PASSWORD: TEST_INFRA.dbRolePassword, DB_POOL_MAX: 2 }),
    ),
    pingRedis(process.env.REDIS_URL ?? TEST_INFRA.redisUrl),
    buildWebApp(),
    // A failure is reported here and again by the browser specs; the other suites still run.
    ensureChromium((m) => console.log(`\n[infra] ${m}`)).catch((e: unknown): ChromiumResult | undefined => {
      console.log(`\n[infra] ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }),
  ]);
  const admin = new Kafka({ clientId: 'test-setup', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await ensureTopics(admin, allTopicDeclarations(SERVICE_NAMES));
  } finally {
    await admin.disconnect();
  }

  // A fresh platform key per run, shared with every worker (and any service a test spawns) through the env.
  process.env.PLATFORM_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');

  const record = {
    at: new Date().toISOString(),
    kafka: { started: kafka.started, readyMs: kafka.readyMs, brokers: kafka.brokers, pid: kafka.pid },
    webApp: web,
    chromium: chromium ?? null,
    setupMs: Date.now() - t0,
  };
  const dir = join(ROOT, '.var', 'test-run');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'infra.json'), JSON.stringify(record, null, 2));
  writeFileSync(join(dir, 'platform-key'), process.env.PLATFORM_ENCRYPTION_KEY, { mode: 0o600 });
  console.log(
    `\n[infra] Kafka ${kafka.started ? `started, ready in ${kafka.readyMs} ms` : 'reused'}; ` +
      `Postgres "${dbName}" provisioned and migrated; topics ensured; Redis answers; ` +
      `web app ${web.action === 'built' ? `built in ${web.ms} ms` : 'up to date'}; ` +
      `Chromium ${chromium ? (chromium.action === 'installed' ? `installed in ${chromium.ms} ms` : 'found') : 'MISSING'}; setup took ${record.setupMs} ms`,
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
