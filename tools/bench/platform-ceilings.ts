/**
 * The ceilings of the platform bench (../shared/reference/performance-anchors.md §6.2), measured on the same box
 * and infrastructure with the services stopped:
 *
 * - C1 raw kafkajs produce → consume: the platform's producer settings (createProducer: idempotent, one request in
 *   flight, acks -1) and consumer settings (eachBatch, maxWaitTimeInMs 100), ~600 B JSON envelopes with a send
 *   timestamp, a 6-partition topic of its own. First saturated (batches of 100 per send, the relay sends batches)
 *   for K, then paced at half of K for the hop latency. Producer and consumer share this process.
 * - C2 raw `pg` transactions shaped like a state transition (BEGIN; UPDATE a state row; INSERT an outbox row with
 *   the platform's NOTIFY trigger; INSERT inbox ON CONFLICT DO NOTHING; COMMIT), one client per pool connection.
 * - C3 a no-I/O NestJS endpoint: GET /health/live of one service process (as orders-intake.bench.ts measures it).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Kafka, logLevel } from 'kafkajs';
import { Client, Pool } from 'pg';
import type { PgTarget } from '@trustcircle/devstack';

export interface Ceiling {
  id: string;
  name: string;
  ops: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const now = (): number => performance.timeOrigin + performance.now();

export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

/** C1: kafkajs produce → consume. Answers the saturated rate and the hop latency at half of it. */
export async function kafkaCeiling(brokers: string[], seconds: number): Promise<Ceiling> {
  const kafka = new Kafka({ clientId: 'bench-ceiling', brokers, logLevel: logLevel.NOTHING, retry: { initialRetryTime: 100, retries: 8, maxRetryTime: 5000 } });
  const topic = 'bench.ceiling.v1';
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 6, replicationFactor: 1 }] }).catch(() => false);
  for (let i = 0; i < 100; i++) {
    const ready = await admin
      .fetchTopicOffsets(topic)
      .then((p) => p.length === 6)
      .catch(() => false);
    if (ready) break;
    await sleep(200);
  }
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const consumer = kafka.consumer({ groupId: `bench-ceiling-${randomUUID()}`, sessionTimeout: 10_000, heartbeatInterval: 3000, maxWaitTimeInMs: 100 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: false });
  let received = 0;
  let latencies: number[] = [];
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      const t = now();
      for (const m of batch.messages) {
        const sent = Number((JSON.parse(String(m.value)) as { t: number }).t);
        latencies.push(t - sent);
        received++;
        resolveOffset(m.offset);
      }
      await heartbeat();
    },
  });
  await joined;
  await sleep(1000);
  const filler = 'x'.repeat(420);
  const message = (): { key: string; value: string } => {
    const id = randomUUID();
    return { key: id, value: JSON.stringify({ id, type: 'bench.ceiling', version: 1, occurredAt: new Date().toISOString(), key: id, producer: 'bench', t: now(), data: { filler } }) };
  };
  // Saturated: batches of 100, one send in flight (as the relay sends).
  let sent = 0;
  received = 0;
  const t0 = Date.now();
  while (Date.now() - t0 < seconds * 1000) {
    await producer.send({ topic, acks: -1, messages: Array.from({ length: 100 }, message) });
    sent += 100;
  }
  while (received < sent && Date.now() - t0 < seconds * 1000 + 10_000) await sleep(20);
  const k = received / ((Date.now() - t0) / 1000);
  // Paced at half of K: a send every 10 ms.
  await sleep(500);
  latencies = [];
  received = 0;
  const perTick = Math.max(1, Math.round((k / 2) * 0.01));
  let pacedSent = 0;
  const t1 = Date.now();
  for (let tick = 0; Date.now() - t1 < seconds * 1000; tick++) {
    const due = t1 + tick * 10;
    if (due > Date.now()) await sleep(due - Date.now());
    await producer.send({ topic, acks: -1, messages: Array.from({ length: perTick }, message) });
    pacedSent += perTick;
  }
  while (received < pacedSent && Date.now() - t1 < seconds * 1000 + 10_000) await sleep(20);
  const sorted = [...latencies].sort((a, b) => a - b);
  await consumer.disconnect();
  await producer.disconnect();
  return {
    id: 'C1',
    name: `kafkajs produce→consume (idempotent, acks -1, ~600 B; K saturated, latency at ${Math.round(perTick * 100)} msg/s)`,
    ops: sent,
    perSecond: Math.round(k),
    p50: r2(percentile(sorted, 50)),
    p99: r2(percentile(sorted, 99)),
    errors: pacedSent - received,
  };
}

/** C2: the canonical state-transition transaction with raw `pg`, `pool` clients at once. */
export async function pgCeiling(t: PgTarget, pool: number, seconds: number): Promise<Ceiling> {
  const admin = new Client({ host: t.host, port: t.port, user: t.adminUser, password: t.adminPassword, database: t.database });
  await admin.connect();
  await admin.query('DROP SCHEMA IF EXISTS bench_ceiling CASCADE');
  await admin.query('CREATE SCHEMA bench_ceiling');
  await admin.query('CREATE TABLE bench_ceiling.state (id integer PRIMARY KEY, status text NOT NULL, version integer NOT NULL, updated_at timestamptz NOT NULL)');
  await admin.query(`INSERT INTO bench_ceiling.state SELECT g, 'OPEN', 0, now() FROM generate_series(1, 20000) g`);
  await admin.query(`CREATE TABLE bench_ceiling.outbox (id uuid PRIMARY KEY, seq bigserial NOT NULL UNIQUE, topic text NOT NULL, key text NOT NULL, type text NOT NULL,
    envelope jsonb NOT NULL, headers jsonb NOT NULL DEFAULT '{}'::jsonb, created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz)`);
  await admin.query('CREATE INDEX ON bench_ceiling.outbox (seq) WHERE published_at IS NULL');
  await admin.query(`CREATE FUNCTION bench_ceiling.outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('tc_outbox_bench_ceiling', ''); RETURN NULL; END $$`);
  await admin.query('CREATE TRIGGER outbox_notify_trg AFTER INSERT ON bench_ceiling.outbox FOR EACH STATEMENT EXECUTE FUNCTION bench_ceiling.outbox_notify()');
  await admin.query(`CREATE TABLE bench_ceiling.inbox (consumer text NOT NULL, event_id uuid NOT NULL, type text NOT NULL, topic text NOT NULL, partition integer NOT NULL,
    "offset" bigint NOT NULL, processed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (consumer, event_id))`);
  const p = new Pool({ host: t.host, port: t.port, user: t.adminUser, password: t.adminPassword, database: t.database, max: pool });
  const envelope = JSON.stringify({ type: 'bench.state-changed', version: 1, data: { filler: 'x'.repeat(400) } });
  const latencies: number[] = [];
  let errors = 0;
  const tx = async (): Promise<void> => {
    const c = await p.connect();
    const t0 = performance.now();
    try {
      const id = 1 + Math.floor(Math.random() * 20000);
      await c.query('BEGIN');
      await c.query(`UPDATE bench_ceiling.state SET status = 'NEXT', version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await c.query(`INSERT INTO bench_ceiling.outbox (id, topic, key, type, envelope) VALUES ($1, 'bench.events.v1', $2, 'bench.state-changed', $3::jsonb)`, [randomUUID(), String(id), envelope]);
      await c.query(`INSERT INTO bench_ceiling.inbox (consumer, event_id, type, topic, partition, "offset") VALUES ('bench', $1, 'bench.x', 'bench.events.v1', 0, 0) ON CONFLICT DO NOTHING`, [randomUUID()]);
      await c.query('COMMIT');
      latencies.push(performance.now() - t0);
    } catch {
      errors++;
      await c.query('ROLLBACK').catch(() => undefined);
    } finally {
      c.release();
    }
  };
  // Warm-up, then measure.
  const runFor = async (ms: number): Promise<void> => {
    const end = Date.now() + ms;
    await Promise.all(Array.from({ length: pool }, async () => {
      while (Date.now() < end) await tx();
    }));
  };
  await runFor(1000);
  latencies.length = 0;
  const t0 = Date.now();
  await runFor(seconds * 1000);
  const elapsed = (Date.now() - t0) / 1000;
  await p.end();
  await admin.query('DROP SCHEMA bench_ceiling CASCADE');
  await admin.end();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    id: 'C2',
    name: `pg state transition tx (BEGIN; UPDATE; INSERT outbox+NOTIFY; INSERT inbox ON CONFLICT; COMMIT), ${pool} clients`,
    ops: latencies.length,
    perSecond: Math.round(latencies.length / elapsed),
    p50: r2(percentile(sorted, 50)),
    p99: r2(percentile(sorted, 99)),
    errors,
  };
}

/** C3: a no-I/O endpoint of a Nest service process (GET /health/live), 32 connections, no pipelining. */
export async function httpCeiling(port: number, seconds: number): Promise<Ceiling> {
  await autocannon({ url: `http://127.0.0.1:${port}/health/live`, connections: 32, duration: 2 });
  const r = await autocannon({ url: `http://127.0.0.1:${port}/health/live`, connections: 32, duration: seconds });
  return {
    id: 'C3',
    name: 'NestJS no-I/O endpoint (GET /health/live of the orders process), 32 connections',
    ops: r.requests.total,
    perSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}
