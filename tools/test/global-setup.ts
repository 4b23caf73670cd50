/**
 * Jest global setup for the integration project: brings up the real infrastructure once per run, for the run's
 * shard (`TEST_SHARD`, or jest's `--shard`; on four cores or more `npm test` runs two at once, each on
 * infrastructure of its own).
 * Every run starts from a clean slate (clean-slate.ts):
 * - Kafka: the shard's local broker started on empty logs, or, when one already answers, reused and emptied of
 *   earlier runs' topics and consumer groups; then every declared topic;
 * - PostgreSQL: the shard's test database dropped and created anew, one schema and role per service, every
 *   service's migrations;
 * - Redis: the shard's database emptied.
 * - Shared by the shards, prepared by one at a time (a lock file): the Kafka jars (Maven), the console's web app
 *   (built with Vite when its sources changed since the last build; the console serves it) and Chromium for the
 *   browser tests (test/browser: Debian's package, installed with apt-get when missing).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { SERVICE_NAMES, allTopicDeclarations } from '@trustcircle/contracts';
import { ROOT, dropDatabase, ensureKafkaJars, pgTargetFromEnv, provisionPostgres, startKafka, stopKafka, withFileLock } from '@trustcircle/devstack';
import { assertTestDatabase, testInfraFor } from '@trustcircle/testing';
import { buildWebApp } from '../../apps/console/src/web-app/build-web-app';
import { buildDist } from '../deploy/build-dist';
import { migrate } from '../db/migrate';
import { type ChromiumResult, ensureChromium } from './chromium';
import { emptyTestBroker, emptyTestRedis, recreateTopics } from './clean-slate';

export default async function globalSetup(globalConfig: { shard?: { shardIndex: number } | null }): Promise<void> {
  const t0 = Date.now();
  // `npx jest --shard 2/2` alone works too: the shard's infrastructure follows jest's shard. The env carries it to
  // the workers (setup-env.ts) and to every process a test spawns.
  process.env.TEST_SHARD ??= String(globalConfig.shard?.shardIndex ?? 1);
  const infra = testInfraFor(Number(process.env.TEST_SHARD));
  const dbName = process.env.TEST_DB_NAME ?? infra.dbName;
  assertTestDatabase(dbName);
  const log = (m: string): void => console.log(`\n[infra${infra.shard > 1 ? ` shard ${infra.shard}` : ''}] ${m}`);

  const [[kafka, web, chromium, dist], , redis] = await Promise.all([
    prepareShared(log).then(async ({ web, chromium }) => {
      const [broker, compiled] = await Promise.all([
        startKafka({ instance: infra.kafkaInstance, port: infra.kafkaPort, controllerPort: infra.kafkaControllerPort, sasl: infra.kafkaSasl, fresh: true }, log),
        // The services and the admin CLI that suites spawn run this (half the start-up of TypeScript through swc-node).
        buildDist({ outDir: join(ROOT, infra.runDir, 'dist') }),
      ]);
      return [broker, web, chromium, compiled] as const;
    }),
    // A new, empty database every run (clean-slate.ts says why): provisioning and migrations take about a second.
    dropDatabase(pgTargetFromEnv(dbName))
      .then(() => provisionPostgres(pgTargetFromEnv(dbName), infra.dbRolePassword))
      .then(() => migrate({ NODE_ENV: 'test', DB_HOST: infra.dbHost, DB_PORT: infra.dbPort, DB_NAME: dbName, DB_PASSWORD: infra.dbRolePassword, DB_POOL_MAX: 2 })),
    emptyTestRedis(process.env.REDIS_URL ?? infra.redisUrl),
  ]);
  const admin = new Kafka({ clientId: 'test-setup', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
  let emptied: Awaited<ReturnType<typeof emptyTestBroker>>;
  try {
    await admin.connect();
    emptied = await emptyTestBroker(admin);
    await recreateTopics(admin, allTopicDeclarations(SERVICE_NAMES));
  } catch (e) {
    // Jest runs no global teardown after a failed setup: the broker this run started stops here.
    if (kafka.started) await stopKafka(infra.kafkaInstance);
    throw e;
  } finally {
    await admin.disconnect();
  }

  // A fresh platform key per run, shared with every worker (and any service a test spawns) through the env.
  process.env.PLATFORM_ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
  process.env.TEST_DIST_DIR = dist.outDir;

  const record = {
    at: new Date().toISOString(),
    kafka: { started: kafka.started, readyMs: kafka.readyMs, brokers: kafka.brokers, pid: kafka.pid },
    webApp: web,
    dist: { dir: dist.outDir, files: dist.files, ms: dist.ms },
    chromium: chromium ?? null,
    setupMs: Date.now() - t0,
  };
  const dir = join(ROOT, infra.runDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'infra.json'), JSON.stringify(record, null, 2));
  writeFileSync(join(dir, 'platform-key'), process.env.PLATFORM_ENCRYPTION_KEY, { mode: 0o600 });
  log(
    `Kafka (${infra.kafkaInstance}) ${kafka.started ? `started, ready in ${kafka.readyMs} ms` : 'reused'}; ` +
      `Postgres "${dbName}" created anew and migrated; ${emptied.topics} topics and ${emptied.groups} consumer groups of earlier runs deleted, topics created; Redis ${redis}; ` +
      `web app ${web.action === 'built' ? `built in ${web.ms} ms` : 'up to date'}; ${dist.files} files compiled for spawned services in ${dist.ms} ms; ` +
      `Chromium ${chromium ? (chromium.action === 'installed' ? `installed in ${chromium.ms} ms` : 'found') : 'MISSING'}; setup took ${record.setupMs} ms`,
  );
}

/**
 * What every shard uses and none may prepare while another does (two Maven runs, two Vite builds into one folder,
 * two apt-get runs): one shard prepares, the next finds it done.
 */
function prepareShared(log: (m: string) => void): Promise<{ web: Awaited<ReturnType<typeof buildWebApp>>; chromium: ChromiumResult | undefined }> {
  mkdirSync(join(ROOT, '.var'), { recursive: true });
  return withFileLock(join(ROOT, '.var', 'test-prepare.lock'), 30 * 60_000, async () => {
    ensureKafkaJars(log);
    const [web, chromium] = await Promise.all([
      buildWebApp(),
      // A failure is reported here and again by the browser specs; the other suites still run.
      ensureChromium(log).catch((e: unknown): ChromiumResult | undefined => {
        log(e instanceof Error ? e.message : String(e));
        return undefined;
      }),
    ]);
    return { web, chromium };
  });
}
