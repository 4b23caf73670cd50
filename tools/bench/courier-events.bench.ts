/**
 * Courier events accepted per second, in one run, against a real delivery-tracking process, PostgreSQL, Redis
 * and the dedicated bench Kafka broker (trustcircle_bench, provisioned and migrated as the orders bench does):
 *
 * - single: `POST /v1/couriers/{id}/events`, N concurrent connections, each request a new signed webhook
 *   (Standard Webhooks) carrying one new event (accepted: a new checkpoint, its status change in the outbox);
 * - batch: `POST /v1/couriers/{id}/events:batch` with batches of 100 and of 500 events, a few in flight;
 * - Kafka intake: the same payloads produced to `delivery.courier-intake.v1`, each record signed by the courier
 *   (Standard Webhooks headers, as the consumer requires), and recorded by the running service (events recorded
 *   per second, measured until all are in or the run's time is up);
 * - ceiling: raw Kafka produce of the same signed payloads to the intake topic (acks=all, 500 per send), with the
 *   service stopped. The intake topic's records are deleted before the service starts and after the ceiling,
 *   so no run's service works through an earlier run's backlog.
 *
 * Part of `npm run bench` (the orders bench runs it at its end); on its own:
 *
 *   node -r @swc-node/register tools/bench/courier-events.bench.ts [--courier-seconds 6 --courier-connections 32]
 *
 * Writes JSON and a markdown table under bench/results/.
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { type Admin, Kafka, logLevel, type Producer } from 'kafkajs';
import { Client } from 'pg';
import { INTAKE_HEADERS, SERVICE_NAMES, TOPICS, allTopicDeclarations, serviceDbRole } from '@trustcircle/contracts';
import { ROOT, pgTargetFromEnv, provisionPostgres, startKafka, stopKafka } from '@trustcircle/devstack';
import { ensureTopics } from '@trustcircle/messaging';
import { PlatformKeyring, generateWebhookSecret, signIntakeRecord, signWebhook, webhookSecretAad } from '@trustcircle/security';
import { migrate } from '../db/migrate';
import { startBenchService, stopBenchService } from './bench-service';
import { LOCAL_DB_PASSWORD } from '../stack/local-env';

const DB = 'trustcircle_bench';
const RESULTS = join(ROOT, 'bench', 'results');
const PORT = 23003;
const SHIPMENTS = 2000;
const INTAKE_TOPIC = TOPICS.courierIntake.name;

export interface CourierBenchOptions {
  seconds: number;
  connections: number;
}

interface Measure {
  name: string;
  requests: number;
  events: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

interface Courier {
  id: string;
  secret: string;
}

/** Every event is new: a tracking number among the bench shipments, and a time no other event of the run has. */
class EventSource {
  private n = 0;

  constructor(
    private readonly trackingNumbers: readonly string[],
    private readonly base: number,
  ) {}

  next(): { trackingNumber: string; status: string; occurredAt: string; location: string } {
    const i = this.n++;
    return {
      trackingNumber: this.trackingNumbers[i % this.trackingNumbers.length],
      status: 'IN_TRANSIT',
      occurredAt: new Date(this.base + i).toISOString(),
      location: 'Bưu cục Cầu Giấy, Hà Nội',
    };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number): number => Math.round(n * 100) / 100;

function signedHeaders(courier: Courier, raw: string): Record<string, string> {
  const id = `msg_${randomUUID()}`;
  const ts = Math.floor(Date.now() / 1000);
  return { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(courier.secret, id, ts, raw) };
}

/** A courier and SHIPMENTS shipments registered with it (orders placed a day ago), straight into the bench schema. */
async function seed(keyring: PlatformKeyring): Promise<{ courier: Courier; trackingNumbers: string[]; base: number }> {
  const db = new Client({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('delivery-tracking'), password: LOCAL_DB_PASSWORD });
  await db.connect();
  try {
    const courierId = randomUUID();
    const secret = generateWebhookSecret();
    const sealed = keyring.seal(secret.secret, webhookSecretAad(courierId, secret.id));
    const now = new Date();
    await db.query(
      `INSERT INTO delivery.partner_directory (partner_id, kind, status, name, version, api_keys, webhook_secrets, marketplace_ids, settings, updated_at, received_at)
       VALUES ($1, 'COURIER', 'ACTIVE', 'Bench courier', 1, '[]'::jsonb, $2::jsonb, '{}'::uuid[], $3::jsonb, now(), now())`,
      [
        courierId,
        JSON.stringify([{ id: secret.id, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: now.toISOString(), expiresAt: null }]),
        JSON.stringify({ inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] }),
      ],
    );
    const placedAt = new Date(now.getTime() - 86_400_000);
    const marketplaceId = randomUUID();
    const orders = Array.from({ length: SHIPMENTS }, () => randomUUID());
    const trackingNumbers = orders.map(() => `BENCH${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`);
    await db.query(
      `INSERT INTO delivery.orders (order_id, marketplace_id, code, payment_method, total_amount, placed_at)
       SELECT o, $2, 'TC-' || upper(substr(md5(o::text), 1, 4)) || '-' || upper(substr(md5(o::text), 5, 4)), 'PREPAID', 1235000, $3 FROM unnest($1::uuid[]) o`,
      [orders, marketplaceId, placedAt],
    );
    await db.query(
      `INSERT INTO delivery.shipments (id, order_id, marketplace_id, courier_id, tracking_number, direction, registered_at, updated_at, version)
       SELECT gen_random_uuid(), o, $2, $3, t, 'OUTBOUND', $4, $4, 1 FROM unnest($1::uuid[], $5::text[]) AS x(o, t)`,
      [orders, marketplaceId, courierId, placedAt, trackingNumbers],
    );
    return { courier: { id: courierId, secret: secret.secret }, trackingNumbers, base: placedAt.getTime() + 60_000 };
  } finally {
    await db.end();
  }
}

async function single(o: CourierBenchOptions, courier: Courier, events: EventSource, seconds = o.seconds): Promise<Measure> {
  const path = `/v1/couriers/${courier.id}/events`;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: o.connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const body = JSON.stringify(events.next());
          return { ...req, body, headers: signedHeaders(courier, body) };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    name: `POST …/events (1 event per request, ${o.connections} connections)`,
    requests: result.requests.total,
    events: ok,
    perSecond: Math.round(ok / (result.duration || seconds)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function batches(o: CourierBenchOptions, courier: Courier, events: EventSource, size: number, inFlight: number): Promise<Measure> {
  const url = `http://127.0.0.1:${PORT}/v1/couriers/${courier.id}/events:batch`;
  const latencies: number[] = [];
  let accepted = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        const body = JSON.stringify({ events: Array.from({ length: size }, () => events.next()) });
        const t0 = performance.now();
        try {
          const res = await fetch(url, { method: 'POST', headers: signedHeaders(courier, body), body });
          const answer = (await res.json()) as { results?: Array<{ result: string }> };
          latencies.push(performance.now() - t0);
          if (res.status !== 200 || !answer.results) {
            errors++;
            continue;
          }
          for (const r of answer.results) {
            if (r.result === 'accepted') accepted++;
            else errors++;
          }
        } catch (e) {
          if (errors++ === 0) console.error(`batch ${size}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: `POST …/events:batch (${size} per batch, ${inFlight} in flight)`,
    requests: latencies.length,
    events: accepted,
    perSecond: Math.round(accepted / elapsed),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}

/** Produces `count` events (500 per send, `inFlight` sends at a time); p50/p99 are per send. */
async function produce(producer: Producer, courier: Courier, events: EventSource, count: number, inFlight = 4): Promise<Measure> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (sent < count) {
        const n = Math.min(500, count - sent);
        sent += n;
        const messages = Array.from({ length: n }, () => {
          const e = events.next();
          const value = JSON.stringify(e);
          // Signed as couriers sign intake records (the consumer refuses unsigned ones).
          const signature = signIntakeRecord(courier.secret, value, { id: `msg_${randomUUID()}`, timestamp: new Date() });
          return { key: e.trackingNumber, value, headers: { [INTAKE_HEADERS.partnerId]: courier.id, ...signature } };
        });
        const t0 = performance.now();
        try {
          await producer.send({ topic: INTAKE_TOPIC, acks: -1, messages });
          latencies.push(performance.now() - t0);
        } catch (e) {
          if (errors++ === 0) console.error(`produce: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: `raw Kafka produce to ${INTAKE_TOPIC} (500 per send, acks=all; service stopped)`,
    requests: latencies.length,
    events: sent,
    perSecond: Math.round(sent / elapsed),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}

async function kafkaCheckpoints(courierId: string): Promise<number> {
  const db = new Client({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('delivery-tracking'), password: LOCAL_DB_PASSWORD });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery.checkpoints c JOIN delivery.shipments s ON s.id = c.shipment_id WHERE s.courier_id = $1 AND c.source = 'KAFKA'`,
      [courierId],
    );
    return rows[0].n;
  } finally {
    await db.end();
  }
}

/** Produces `count` events while the service runs and measures how fast it records them (until all are in or `seconds` pass). */
async function kafkaIntake(o: CourierBenchOptions, producer: Producer, courier: Courier, events: EventSource, count: number): Promise<Measure> {
  const before = await kafkaCheckpoints(courier.id);
  const started = performance.now();
  const produced = await produce(producer, courier, events, count);
  let recorded = 0;
  while (performance.now() - started < o.seconds * 1000) {
    recorded = (await kafkaCheckpoints(courier.id)) - before;
    if (recorded >= produced.events) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    name: `Kafka intake: ${count} events produced, recorded by the service (${recorded} in ${elapsed.toFixed(1)} s)`,
    requests: produced.requests,
    events: recorded,
    perSecond: Math.round(recorded / elapsed),
    p50: 0,
    p99: 0,
    errors: produced.errors,
  };
}

/** Deletes every record of the intake topic (the bench broker's), so the service starts with no backlog. */
async function dropIntakeBacklog(admin: Admin): Promise<void> {
  const offsets = await admin.fetchTopicOffsets(INTAKE_TOPIC);
  await admin.deleteTopicRecords({ topic: INTAKE_TOPIC, partitions: offsets.map((p) => ({ partition: p.partition, offset: p.high })) });
}

/** Runs every measure in one run, prints and writes the results; false when a run had errors. */
export async function runCourierBench(o: CourierBenchOptions): Promise<boolean> {
  const kafka = await startKafka({ instance: 'bench', port: 29092, controllerPort: 29093 }, (m) => console.log(m));
  const client = new Kafka({ clientId: 'courier-bench', brokers: kafka.brokers, logLevel: logLevel.NOTHING });
  const admin = client.admin();
  const producer = client.producer({ allowAutoTopicCreation: false });
  let delivery: ChildProcess | undefined;
  try {
    await provisionPostgres(pgTargetFromEnv(DB), LOCAL_DB_PASSWORD);
    await migrate({ NODE_ENV: 'development', DB_HOST: '127.0.0.1', DB_PORT: 5432, DB_NAME: DB, DB_PASSWORD: LOCAL_DB_PASSWORD, DB_POOL_MAX: 2 }, ['delivery-tracking']);
    await admin.connect();
    await ensureTopics(admin, allTopicDeclarations(SERVICE_NAMES));
    await producer.connect();
    await dropIntakeBacklog(admin);
    const encryptionKey = randomBytes(32).toString('base64');
    const { courier, trackingNumbers, base } = await seed(PlatformKeyring.fromBase64(encryptionKey));
    const events = new EventSource(trackingNumbers, base);
    delivery = await startBenchService('delivery-tracking', { port: PORT, db: DB, brokers: kafka.brokers.join(','), encryptionKey });
    // Warm-up: JIT, pools, directory caches, and the service's consumer joined (its first intake event recorded).
    const joined = kafkaCheckpoints(courier.id).then(async (before) => {
      await produce(producer, courier, events, 1, 1);
      for (let i = 0; i < 100 && (await kafkaCheckpoints(courier.id)) === before; i++) await new Promise((r) => setTimeout(r, 200));
    });
    await single(o, courier, events, 2);
    await joined;
    const measures: Measure[] = [];
    measures.push(await single(o, courier, events));
    measures.push(await batches(o, courier, events, 100, 4));
    measures.push(await batches(o, courier, events, 500, 2));
    measures.push(await kafkaIntake(o, producer, courier, events, 5000));
    await stopBenchService(delivery);
    const ceilingCount = Math.max(20_000, ...measures.map((m) => m.events));
    measures.push(await produce(producer, courier, events, ceilingCount));
    await dropIntakeBacklog(admin); // nobody ever consumes the ceiling's messages
    return report(o, measures);
  } finally {
    if (delivery) await stopBenchService(delivery);
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    if (kafka.started) await stopKafka('bench');
  }
}

function report(o: CourierBenchOptions, measures: Measure[]): boolean {
  const ceiling = measures[measures.length - 1];
  const correct = measures.every((m) => m.errors === 0);
  const lines = [
    `# Courier events benchmark (${new Date().toISOString()})`,
    '',
    `${o.seconds} s per HTTP run, one delivery-tracking process (2-core machine shared with PostgreSQL, Redis and Kafka), ${SHIPMENTS} shipments of one courier.`,
    'Every event is new (accepted): a checkpoint, the shipment updated and its status change in the outbox, in one transaction.',
    '',
    '| run | requests / sends | events | events/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|',
    ...measures.map((m) => `| ${m.name} | ${m.requests} | ${m.events} | ${m.perSecond} | ${m.p50} | ${m.p99} | ${m.errors} |`),
    '',
    ...measures.slice(0, -1).map((m) => `${m.name.split(' (')[0]} / raw produce ceiling: ${(m.perSecond / Math.max(1, ceiling.perSecond)).toFixed(3)}.`),
    correct ? 'Correctness: every event sent over HTTP was accepted; no produce failed.' : 'ERRORS: some events were not accepted or not produced (see the errors column).',
  ];
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `courier-events-${stamp}.json`), JSON.stringify({ ...o, shipments: SHIPMENTS, measures, correct }, null, 2));
  writeFileSync(join(RESULTS, `courier-events-${stamp}.md`), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}\n`);
  return correct;
}

/** `--courier-seconds` and `--courier-connections` from the command line (shared with the orders bench's, so prefixed). */
export function courierBenchOptions(args: readonly string[] = process.argv.slice(2)): CourierBenchOptions {
  const opt = (name: string, dflt: number): number => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) || dflt : dflt);
  return { seconds: opt('courier-seconds', 6), connections: opt('courier-connections', 32) };
}

if (require.main === module) {
  runCourierBench(courierBenchOptions())
    .then((correct) => {
      if (!correct) process.exitCode = 1;
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    });
}
