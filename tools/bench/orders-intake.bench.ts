/**
 * `npm run bench`: order intake throughput and latency, measured in one run beside a no-I/O NestJS endpoint of
 * the same process (the ceiling on this machine), against a real orders process, PostgreSQL, Redis and a
 * dedicated Kafka broker. Writes JSON and a markdown table under bench/results/.
 *
 *   npm run bench [-- --seconds 10 --connections 32 --profile]
 *
 * First the platform benchmark runs (platform.bench.ts: --platform-seconds, --platform-rate, --burst, --skip-ceilings,
 * --ceiling-seconds, --platform-profile; --skip-platform leaves it out).
 * --profile writes the orders process's CPU profile to bench/results/ and prints where its time went.
 * Then the ledger benchmark runs (ledger-postings.bench.ts: --ledger-seconds, --workers), then the courier events
 * benchmark (courier-events.bench.ts: --courier-seconds, --courier-connections), then the notifications benchmark
 * (notifications.bench.ts: --notify-seconds, --notify-rate, --notify-burst, --notify-interval-ms).
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { SERVICE_NAMES, allTopicDeclarations, serviceDbRole } from '@trustcircle/contracts';
import { ROOT, pgTargetFromEnv, provisionPostgres, startKafka, stopKafka } from '@trustcircle/devstack';
import { ensureTopics } from '@trustcircle/messaging';
import { generateApiKey } from '@trustcircle/security';
import { migrate } from '../db/migrate';
import { startBenchService } from './bench-service';
import { summariseProfile } from './profile-summary';
import { courierBenchOptions, runCourierBench } from './courier-events.bench';
import { ledgerBenchOptions, runLedgerBench } from './ledger-postings.bench';
import { notificationsBenchOptions, runNotificationsBench } from './notifications.bench';
import { platformBenchOptions, runPlatformBench } from './platform.bench';
import { LOCAL_DB_PASSWORD } from '../stack/local-env';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => Number(args[args.indexOf(`--${name}`) + 1]) || dflt;
const SECONDS = opt('seconds', 10);
const CONNECTIONS = opt('connections', 32);
const PROFILE = args.includes('--profile');
const RESULTS = join(ROOT, 'bench', 'results');
const PORT = 23001;
const DB = 'trustcircle_bench';

interface Measure {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function main(): Promise<void> {
  // The platform benchmark runs first in `npm run bench` (see platform.bench.ts; --skip-platform leaves it out).
  if (!args.includes('--skip-platform') && !(await runPlatformBench(platformBenchOptions(args, 'platform-')))) process.exitCode = 1;
  const kafka = await startKafka({ instance: 'bench', port: 29092, controllerPort: 29093 }, (m) => console.log(m));
  await provisionPostgres(pgTargetFromEnv(DB), LOCAL_DB_PASSWORD);
  await migrate({ NODE_ENV: 'development', DB_HOST: '127.0.0.1', DB_PORT: 5432, DB_NAME: DB, DB_PASSWORD: LOCAL_DB_PASSWORD, DB_POOL_MAX: 2 }, ['orders']);
  const admin = new Kafka({ clientId: 'bench', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await ensureTopics(admin, allTopicDeclarations(SERVICE_NAMES));
  await admin.disconnect();

  const marketplace = await registerMarketplace();
  const orders = await startOrders(kafka.brokers.join(','));
  try {
    await run('warm-up', '/health/live', 3);
    const ceiling = await run('GET /health/live (no I/O, same Nest process)', '/health/live', SECONDS);
    const intake = await run('POST /v1/orders', '/v1/orders', SECONDS, marketplace.apiKey);
    const stored = await storedOrders(marketplace.id);
    report([ceiling, intake], stored);
  } finally {
    orders.kill('SIGTERM');
    await new Promise((r) => orders.once('exit', r));
    await stopKafka('bench');
    if (PROFILE) printProfile();
  }
  // The ledger benchmark runs in the same `npm run bench` (see ledger-postings.bench.ts).
  if (!(await runLedgerBench(ledgerBenchOptions(args)))) process.exitCode = 1;
  // And the courier events benchmark (see courier-events.bench.ts).
  if (!(await runCourierBench(courierBenchOptions(args)))) process.exitCode = 1;
  // And the notifications benchmark (see notifications.bench.ts).
  if (!(await runNotificationsBench(notificationsBenchOptions(args)))) process.exitCode = 1;
}

async function registerMarketplace(): Promise<{ id: string; apiKey: string }> {
  const id = randomUUID();
  const key = generateApiKey('MARKETPLACE');
  const now = new Date().toISOString();
  const db = new Client({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('orders'), password: LOCAL_DB_PASSWORD });
  await db.connect();
  await db.query(
    `INSERT INTO orders.partner_directory (partner_id, kind, status, name, version, api_keys, webhook_secrets, marketplace_ids, settings, updated_at, received_at)
     VALUES ($1, 'MARKETPLACE', 'ACTIVE', 'Bench shop', 1, $2::jsonb, '[]'::jsonb, '{}'::uuid[], $3::jsonb, now(), now())`,
    [
      id,
      JSON.stringify([{ keyId: key.keyId, sha256: key.sha256, createdAt: now, expiresAt: null }]),
      JSON.stringify({ inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] }),
    ],
  );
  await db.end();
  return { id, apiKey: key.apiKey };
}

async function startOrders(brokers: string): Promise<ChildProcess> {
  mkdirSync(RESULTS, { recursive: true });
  const nodeFlags = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`] : [];
  return startBenchService('orders', { port: PORT, db: DB, brokers, encryptionKey: randomBytes(32).toString('base64'), nodeFlags });
}

function body(): string {
  return JSON.stringify({
    externalId: `BENCH-${randomUUID()}`,
    buyer: { name: 'Nguyễn Thị Hoa', phone: '0901234567' },
    seller: { id: 'seller-1', name: 'Cửa hàng Ánh Dương' },
    items: [{ sku: 'AO-01', name: 'Áo dài lụa', quantity: 1, unitPrice: 1_200_000 }],
    shippingFee: 35_000,
    totalAmount: 1_235_000,
    currency: 'VND',
    paymentMethod: 'PREPAID',
  });
}

async function run(name: string, path: string, seconds: number, apiKey?: string): Promise<Measure> {
  const post = apiKey !== undefined;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      post
        ? { method: 'POST', path, headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` }, setupRequest: (req) => ({ ...req, body: body() }) }
        : { method: 'GET', path },
    ],
  });
  return {
    name,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function storedOrders(marketplaceId: string): Promise<number> {
  const db = new Client({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('orders'), password: LOCAL_DB_PASSWORD });
  await db.connect();
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders.orders WHERE marketplace_id = $1', [marketplaceId]);
  await db.end();
  return rows[0].n;
}

function report(measures: Measure[], stored: number): void {
  const [ceiling, intake] = measures;
  // autocannon stops counting at the deadline; up to one request per connection is still in flight and
  // completes on the server. Every counted 201 must be stored, and nothing beyond those in flight.
  const correct = intake.errors === 0 && intake.non2xx === 0 && stored >= intake.requests && stored <= intake.requests + CONNECTIONS;
  const lines = [
    `# Order intake benchmark (${new Date().toISOString()})`,
    '',
    `${CONNECTIONS} connections, ${SECONDS} s per run, one orders process (2-core machine shared with PostgreSQL, Redis and Kafka).`,
    '',
    '| run | requests | req/s | p50 ms | p99 ms | errors | non-2xx |',
    '|---|---|---|---|---|---|---|',
    ...measures.map((m) => `| ${m.name} | ${m.requests} | ${m.perSecond} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} |`),
    '',
    `Intake / no-I/O ceiling: ${(intake.perSecond / ceiling.perSecond).toFixed(2)}. Goal: ≥ 1,500 orders/s at p99 ≤ 25 ms.`,
    correct
      ? `Correctness: every counted 201 is a stored order (${stored} stored, ${intake.requests} counted, the rest in flight at the cut-off).`
      : `CORRECTNESS FAILED: ${stored} orders stored for ${intake.requests} requests (${intake.non2xx} non-2xx, ${intake.errors} errors).`,
  ];
  const dir = RESULTS;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(dir, `orders-intake-${stamp}.json`), JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, measures, stored, correct }, null, 2));
  writeFileSync(join(dir, `orders-intake-${stamp}.md`), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}\n`);
  if (!correct) process.exitCode = 1;
}

/** The newest CPU profile in bench/results, summarised: where the orders process spent its time. */
function printProfile(): void {
  const files = readdirSync(RESULTS).filter((f) => f.endsWith('.cpuprofile')).sort();
  const file = files.at(-1);
  if (!file) return;
  console.log(`CPU profile of the orders process: ${join(RESULTS, file)}`);
  for (const line of summariseProfile(join(RESULTS, file))) console.log(line);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
