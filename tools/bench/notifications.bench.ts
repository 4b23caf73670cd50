/**
 * Notifications end to end: events published to Kafka → the notifications process plans each buyer SMS (its
 * consumer, `NotifyOnEvents`) → its dispatcher (on its normal interval, `NOTIFICATION_DISPATCH_INTERVAL_MS`, set
 * small here) sends it over HTTP to a fake SMS gateway (`FakeSmsGateway`, in a child process of its own, as a real
 * gateway would be) → the row is SENT. Against a real notifications process, PostgreSQL, Redis and the dedicated
 * bench Kafka broker (trustcircle_bench, provisioned and migrated as the other benches do). Latencies come from the
 * `notifications` rows: event occurred (set when published) → row created (planned) → sent.
 *
 * - warm-up: 50 orders placed and released (JIT, pools, the consumer group joined), then 2 s idle (what the
 *   service's polling costs with nothing to do);
 * - `orders.order-placed` burst: every bench order placed at once (the order-placed SMS is critical, so it is sent
 *   whatever the hour); notifications learns each order's contacts from it;
 * - fixed rate: `escrow.escrow-released` (the buyer's "released" SMS; critical: `escrow.escrow-funded` is not, and
 *   would wait out quiet hours, 22:00–07:00 Asia/Ho_Chi_Minh) at `--notify-rate` per second for `--notify-seconds`;
 * - max rate: `--notify-burst` releases published at once (500 per send);
 * - ceilings, with the service stopped: the fake gateway alone (HTTP, 20 connections: the dispatcher's batch),
 *   raw Kafka produce and consume of the same envelopes, and raw pg doing the two commits a message needs at least
 *   (plan: insert the row; send: mark it SENT and record the attempt), 16 clients (the service's pool). The
 *   additive ceiling L* = 1 / Σ 1/K (every resource shares the same 2 cores) and R = measured / L*
 *   (../shared/reference/performance-anchors.md §6).
 *
 * Per phase it also reports the most events waiting for the planner (published, no row yet) and for the dispatcher
 * (row, not sent), the service's database sessions active and waiting for an advisory lock (the event feed's
 * per-owner lock), commits and row operations per message (pg_stat_database, pg_stat_user_tables), CPU ms per
 * message per process (/proc), and once the claim query's EXPLAIN ANALYZE.
 *
 * The service's consumer group starts at the end of its topics (earlier runs' events are skipped), and the records
 * this run wrote to `orders.events.v1` and `escrow.events.v1` are deleted at the end, so no later run of any
 * service works through them.
 *
 * Part of `npm run bench` (the orders bench runs it at its end); on its own:
 *
 *   node -r @swc-node/register tools/bench/notifications.bench.ts [--notify-seconds 5 --notify-rate 40 --notify-burst 600
 *     --notify-interval-ms 50 --notify-marketplaces 1 --notify-consumer-concurrency 0 --notify-profile]
 *
 * (marketplaces: the orders are spread over that many; consumer concurrency: CONSUMER_CONCURRENCY, 0 the service's
 * default; --notify-profile writes the service's CPU profile to bench/results/ and prints where its time went.)
 * The default run measures for about 40 s, plus the broker's and the service's start.
 *
 * Writes JSON and a markdown table under bench/results/.
 */
import 'reflect-metadata';
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { type Admin, Kafka, logLevel, type Message, type Producer } from 'kafkajs';
import { Client, Pool } from 'pg';
import {
  buildEvent,
  EVENT_CATALOGUE,
  EVENT_HEADERS,
  type EventType,
  type PayloadOf,
  type ProducerOf,
  SERVICE_NAMES,
  TOPICS,
  allTopicDeclarations,
  sampleEvent,
  serviceDbRole,
} from '@trustcircle/contracts';
import { ROOT, pgTargetFromEnv, provisionPostgres, startKafka, stopKafka } from '@trustcircle/devstack';
import { ensureTopics } from '@trustcircle/messaging';
import { skipConsumerBacklog } from '@trustcircle/service-testing';
import { NOTIFIED_EVENTS } from '../../apps/notifications/src/pipeline/api/notify-on-events.consumer';
import { FakeSmsGateway } from '../../apps/notifications/src/testing/fake-providers/fake-sms-gateway';
import { migrate } from '../db/migrate';
import { stopBenchService } from './bench-service';
import { LOCAL_DB_PASSWORD } from '../stack/local-env';

const DB = 'trustcircle_bench';
const RESULTS = join(ROOT, 'bench', 'results');
const PORT = 23005;
const GATEWAY_TOKEN = 'bench-sms-gateway-token';
const GATEWAY_CHILD = '--fake-sms-gateway-child';
/** The service's pool (as bench-service.ts sets it) and the dispatcher's claim batch (notification-dispatcher.ts). */
const POOL = 16;
const DISPATCH_BATCH = 20;
const DRAIN_TIMEOUT_MS = 30_000;
const CEILING_SECONDS = 2;
const IDLE_SECONDS = 2;
const WRITTEN_TOPICS = [TOPICS.orderEvents.name, TOPICS.escrowEvents.name];

export interface NotificationsBenchOptions {
  /** Seconds of the fixed-rate phase. */
  seconds: number;
  /** Events per second in the fixed-rate phase. */
  rate: number;
  /** Events published at once in the max-rate phase. */
  burst: number;
  /** The dispatcher's poll interval (NOTIFICATION_DISPATCH_INTERVAL_MS). */
  intervalMs: number;
  /** Write the notifications process's CPU profile to bench/results/ and print where its time went. */
  profile: boolean;
  /** CONSUMER_CONCURRENCY for the service (partitions consumed at once); 0: the service's default. */
  consumerConcurrency: number;
  /** Marketplaces the orders are spread over (round robin): each has its own event feed, appended under its own lock. */
  marketplaces: number;
}

/** p50/p95/p99/max of one latency, in ms. */
interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** One phase of the platform run, measured from the `notifications` rows of its events. */
interface Phase {
  name: string;
  events: number;
  /** Rows SENT / rows not sent when the drain ended (still PENDING or SENDING) / rows FAILED or CANCELLED. */
  sent: number;
  unsent: number;
  failed: number;
  /** Seconds spent publishing, and from the first event to the last send. */
  publishSeconds: number;
  spanSeconds: number;
  /** Delivered messages per second over the span; planned rows per second (first event → last row created). */
  perSecond: number;
  plannedPerSecond: number;
  /** Event occurred → sent (end to end), event occurred → row created (Kafka + consumer + planner), created → sent (dispatcher). */
  endToEnd: Latency;
  toPlanned: Latency;
  toSent: Latency;
  /** PostgreSQL commits in the bench database per delivered message (idle dispatcher polls included). */
  commitsPerMessage: number;
  /** CPU milliseconds per delivered message, per process. */
  cpuMsPerMessage: Record<string, number>;
  /** Box CPU busy over the span, as a share of its 2 cores (from /proc/stat). */
  boxCpuBusy: number;
  /** The most events seen published but not yet planned (waiting in Kafka or the consumer), and planned but not yet sent (the dispatcher's backlog). */
  maxWaitingForPlanner: number;
  maxWaitingForDispatcher: number;
  /** Row operations per delivered message on notifications' tables (pg_stat_user_tables deltas; idle polls included). */
  tableOpsPerMessage: Record<string, Record<string, number>>;
  /** The service's database sessions at each poll, on average: running a statement, and waiting for an advisory lock (the event feed's per-owner lock). */
  meanActiveSessions: number;
  meanAdvisoryLockWaits: number;
}

interface Ceiling {
  name: string;
  ops: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

interface ClaimPlan {
  atBacklog: number;
  executionMs: number;
  plan: string[];
}

interface BenchOrder {
  orderId: string;
  code: string;
  phone: string;
  /** Which of the bench marketplaces (round robin). */
  shop: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number): number => Math.round(n * 100) / 100;

function latency(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// --- the fake SMS gateway, in its own process ---------------------------------------------------------------

interface GatewayStats {
  requests: number;
  delivered: number;
  duplicates: number;
  non200: number;
}

interface GatewayHandle {
  url: string;
  child: ChildProcess;
  stats: () => Promise<GatewayStats>;
  stop: () => Promise<void>;
}

/** Runs in the forked child: a FakeSmsGateway on a free port, its URL and counts over IPC. */
async function gatewayChild(): Promise<void> {
  const gateway = await FakeSmsGateway.start({ token: GATEWAY_TOKEN });
  process.on('message', (m) => {
    if (m !== 'stats') return;
    let duplicates = 0;
    let non200 = 0;
    for (const r of gateway.requests) {
      if (r.duplicate) duplicates++;
      if (r.answeredWith !== 200) non200++;
    }
    process.send?.({ requests: gateway.requests.length, delivered: gateway.delivered.length, duplicates, non200 });
  });
  process.on('disconnect', () => void gateway.close().then(() => process.exit(0)));
  process.send?.({ url: gateway.url });
}

async function startGateway(): Promise<GatewayHandle> {
  const child = fork(__filename, [GATEWAY_CHILD], { execArgv: ['-r', '@swc-node/register'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the fake SMS gateway exited (${code})`)));
  });
  return {
    url,
    child,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as GatewayStats));
        child.send('stats');
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.disconnect();
      await exited;
    },
  };
}

// --- the notifications process ------------------------------------------------------------------------------

/**
 * Starts notifications as bench-service.ts starts a service (production mode, warnings only, pool 16), plus the
 * dispatcher interval and the SMS gateway (bench-service takes no extra environment).
 */
async function startNotifications(brokers: string, gatewayUrl: string, o: NotificationsBenchOptions, profileName: string): Promise<ChildProcess> {
  const nodeFlags = o.profile ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`, `--cpu-prof-name=${profileName}`] : [];
  const child = spawn(process.execPath, [...nodeFlags, '-r', '@swc-node/register', join(ROOT, 'apps/notifications/src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HTTP_PORT: String(PORT),
      DB_NAME: DB,
      DB_PASSWORD: LOCAL_DB_PASSWORD,
      DB_POOL_MAX: String(POOL),
      REDIS_URL: 'redis://127.0.0.1:6379/14',
      KAFKA_BROKERS: brokers,
      PLATFORM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      NOTIFICATION_DISPATCH_INTERVAL_MS: String(o.intervalMs),
      SMS_PROVIDERS: 'sms-http',
      SMS_GATEWAY_URL: gatewayUrl,
      SMS_GATEWAY_TOKEN: GATEWAY_TOKEN,
      PUBLIC_PORTAL_URL: 'https://trustcircle.example.vn',
      ...(o.consumerConcurrency > 0 ? { CONSUMER_CONCURRENCY: String(o.consumerConcurrency) } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) return child;
    if (child.exitCode !== null) break;
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error('notifications did not become ready');
}

// --- events -------------------------------------------------------------------------------------------------

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function newOrders(count: number): BenchOrder[] {
  const run = randomBytes(2).readUInt16BE() % 100;
  return Array.from({ length: count }, (_, i) => {
    const bytes = randomBytes(8);
    const chars = [...bytes].map((b) => CODE_CHARS[b % CODE_CHARS.length]).join('');
    return { orderId: randomUUID(), code: `TC-${chars.slice(0, 4)}-${chars.slice(4)}`, phone: `+849${String(run).padStart(2, '0')}${String(i).padStart(6, '0')}`, shop: i };
  });
}

/** One event as the outbox relay publishes it: key, JSON envelope, the platform's headers. */
function message<T extends EventType>(type: T, data: PayloadOf<T>, producer: ProducerOf<T>): { id: string; topic: string; message: Message } {
  const id = randomUUID();
  const envelope = buildEvent(type, data, { id, occurredAt: new Date().toISOString(), correlationId: id, causationId: null, producer });
  const definition = EVENT_CATALOGUE[type];
  return {
    id,
    topic: definition.topic,
    message: {
      key: envelope.key,
      value: JSON.stringify(envelope),
      headers: {
        [EVENT_HEADERS.eventId]: id,
        [EVENT_HEADERS.eventType]: type,
        [EVENT_HEADERS.eventVersion]: String(definition.version),
        [EVENT_HEADERS.correlationId]: id,
        [EVENT_HEADERS.producer]: producer,
      },
    },
  };
}

function placed(order: BenchOrder, marketplaceIds: readonly string[]): ReturnType<typeof message> {
  const marketplaceId = marketplaceIds[order.shop % marketplaceIds.length];
  const now = Date.now();
  return message(
    'orders.order-placed',
    sampleEvent('orders.order-placed', {
      orderId: order.orderId,
      code: order.code,
      marketplaceId,
      externalId: `BENCH-${order.orderId}`,
      buyer: { name: 'Nguyễn Thị Hoa', phone: order.phone },
      paymentReference: order.code.replace(/-/g, ''),
      paymentExpiresAt: new Date(now + 86_400_000).toISOString(),
      placedAt: new Date(now).toISOString(),
    }),
    'orders',
  );
}

function released(order: BenchOrder): ReturnType<typeof message> {
  return message('escrow.escrow-released', sampleEvent('escrow.escrow-released', { orderId: order.orderId, escrowId: randomUUID(), releasedAt: new Date().toISOString() }), 'escrow');
}

type Make = (order: BenchOrder) => ReturnType<typeof message>;

/** Publishes one event per order as fast as possible (500 per send, 4 sends in flight); returns the event ids. */
async function publishBurst(producer: Producer, orders: readonly BenchOrder[], make: Make): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < orders.length) {
        const slice = orders.slice(next, next + 500);
        next += slice.length;
        const events = slice.map(make);
        ids.push(...events.map((e) => e.id));
        await producer.send({ topic: events[0].topic, acks: -1, messages: events.map((e) => e.message) });
      }
    }),
  );
  return ids;
}

/** Publishes one event per order at `rate` per second, open loop (a 10 ms tick sends what is due, sends overlap). */
async function publishAtRate(producer: Producer, orders: readonly BenchOrder[], make: Make, rate: number): Promise<string[]> {
  const ids: string[] = [];
  const sends: Array<Promise<unknown>> = [];
  const started = performance.now();
  let next = 0;
  while (next < orders.length) {
    const due = Math.min(orders.length, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    if (due > next) {
      const events = orders.slice(next, due).map(make);
      next = due;
      ids.push(...events.map((e) => e.id));
      sends.push(producer.send({ topic: events[0].topic, acks: -1, messages: events.map((e) => e.message) }));
    }
    await sleep(10);
  }
  await Promise.all(sends);
  return ids;
}

// --- measuring ----------------------------------------------------------------------------------------------

interface Counts {
  rows: number;
  sent: number;
  finished: number;
}

async function counts(db: Client, eventIds: readonly string[]): Promise<Counts> {
  const { rows } = await db.query<{ rows: number; sent: number; finished: number }>(
    `SELECT count(*)::int AS rows, count(*) FILTER (WHERE status = 'SENT')::int AS sent,
            count(*) FILTER (WHERE status IN ('SENT', 'FAILED', 'CANCELLED'))::int AS finished
       FROM notifications.notifications WHERE event_id = ANY($1::uuid[])`,
    [eventIds],
  );
  return rows[0];
}

/** Waits until every event's message is finished (one SMS per event), or the timeout. */
async function drain(db: Client, eventIds: readonly string[], onPoll?: (c: Counts) => Promise<void>): Promise<Counts> {
  const deadline = performance.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const c = await counts(db, eventIds);
    if (onPoll) await onPoll(c);
    if (c.finished >= eventIds.length || performance.now() > deadline) return c;
    await sleep(200);
  }
}

/** CPU time (ms) of a process from /proc (user + system), or of every process named `comm`. */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

function cpuMsOfAll(comm: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === comm) total += cpuMs(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Box CPU: busy and total jiffies from /proc/stat. */
function boxCpu(): { busy: number; total: number } {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = v[3] + v[4];
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

interface Pids {
  notifications?: number;
  gateway?: number;
  kafka?: number;
}

function cpuSnapshot(pids: Pids): Record<string, number> {
  const own = process.cpuUsage();
  return {
    notifications: cpuMs(pids.notifications),
    'fake SMS gateway': cpuMs(pids.gateway),
    'Kafka broker': cpuMs(pids.kafka),
    PostgreSQL: cpuMsOfAll('postgres'),
    'bench (producer)': (own.user + own.system) / 1000,
  };
}

async function xactCommits(db: Client): Promise<number> {
  const { rows } = await db.query<{ n: string }>('SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = $1', [DB]);
  return Number(rows[0].n);
}

/** The dispatcher's claim query (notification-dispatcher.ts) without FOR UPDATE SKIP LOCKED, explained and run once. */
async function explainClaim(db: Client): Promise<ClaimPlan> {
  const { rows: backlog } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.notifications WHERE status IN ('PENDING', 'SENDING')`);
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT n."id" FROM "notifications"."notifications" n
      WHERE ((n."status" = 'PENDING' AND n."next_attempt_at" <= $1) OR (n."status" = 'SENDING' AND n."lease_until" <= $1))
        AND (n."ordering_key" IS NULL OR NOT EXISTS (
          SELECT 1 FROM "notifications"."notifications" e
           WHERE e."ordering_key" = n."ordering_key" AND e."seq" < n."seq" AND e."finished_at" IS NULL))
      ORDER BY n."next_attempt_at", n."seq" LIMIT $2`,
    [new Date(), DISPATCH_BATCH],
  );
  const plan = rows.map((r) => r['QUERY PLAN']);
  const execution = plan.find((l) => l.startsWith('Execution Time'));
  return { atBacklog: backlog[0].n, executionMs: execution ? Number(/([\d.]+) ms/.exec(execution)?.[1] ?? 0) : 0, plan };
}

/** Publishes a phase's events, waits for their messages and reads every row's times. */
async function phase(
  name: string,
  ctx: { db: Client; producer: Producer; pids: Pids },
  publish: () => Promise<string[]>,
  explainAtBacklog?: (plan: ClaimPlan) => void,
): Promise<Phase> {
  const commits0 = await xactCommits(ctx.db);
  const tables0 = await tableStats(ctx.db);
  const cpu0 = cpuSnapshot(ctx.pids);
  const box0 = boxCpu();
  const t0 = performance.now();
  const ids = await publish();
  const publishSeconds = (performance.now() - t0) / 1000;
  let explained = false;
  let maxWaitingForPlanner = 0;
  let maxWaitingForDispatcher = 0;
  const sessions = { polls: 0, active: 0, advisory: 0 };
  await drain(ctx.db, ids, async (now) => {
    maxWaitingForPlanner = Math.max(maxWaitingForPlanner, ids.length - now.rows);
    maxWaitingForDispatcher = Math.max(maxWaitingForDispatcher, now.rows - now.finished);
    if (now.finished < ids.length) {
      const a = await activity(ctx.db);
      sessions.polls++;
      sessions.active += a.active;
      sessions.advisory += a.advisory;
    }
    // Once, at the first poll that finds the dispatcher with messages waiting: how the claim query performs.
    if (explainAtBacklog && !explained && now.rows - now.finished > 0) {
      explained = true;
      explainAtBacklog(await explainClaim(ctx.db));
    }
  });
  const box1 = boxCpu();
  const cpu1 = cpuSnapshot(ctx.pids);
  await sleep(1100); // backends flush their statistics at most once a second
  const commits = (await xactCommits(ctx.db)) - commits0;
  const tables1 = await tableStats(ctx.db);
  const { rows } = await ctx.db.query<{ o: string; c: string; s: string | null; status: string }>(
    `SELECT (extract(epoch FROM event_occurred_at) * 1000)::text AS o, (extract(epoch FROM created_at) * 1000)::text AS c,
            (extract(epoch FROM sent_at) * 1000)::text AS s, status
       FROM notifications.notifications WHERE event_id = ANY($1::uuid[])`,
    [ids],
  );
  const sent = rows.filter((r) => r.status === 'SENT' && r.s !== null);
  const o = sent.map((r) => Number(r.o));
  const cr = sent.map((r) => Number(r.c));
  const s = sent.map((r) => Number(r.s));
  const first = Math.min(...rows.map((r) => Number(r.o)));
  const spanSeconds = sent.length ? (Math.max(...s) - first) / 1000 : 0;
  const plannedSpan = rows.length ? (Math.max(...rows.map((r) => Number(r.c))) - first) / 1000 : 0;
  const cpuMsPerMessage: Record<string, number> = {};
  for (const k of Object.keys(cpu0)) cpuMsPerMessage[k] = round((cpu1[k] - cpu0[k]) / Math.max(1, sent.length));
  return {
    name,
    events: ids.length,
    sent: sent.length,
    unsent: rows.filter((r) => r.status === 'PENDING' || r.status === 'SENDING').length + (ids.length - rows.length),
    failed: rows.filter((r) => r.status === 'FAILED' || r.status === 'CANCELLED').length,
    publishSeconds: round(publishSeconds),
    spanSeconds: round(spanSeconds),
    perSecond: spanSeconds > 0 ? Math.round(sent.length / spanSeconds) : 0,
    plannedPerSecond: plannedSpan > 0 ? Math.round(rows.length / plannedSpan) : 0,
    endToEnd: latency(s.map((x, i) => x - o[i])),
    toPlanned: latency(cr.map((x, i) => x - o[i])),
    toSent: latency(s.map((x, i) => x - cr[i])),
    commitsPerMessage: round(commits / Math.max(1, sent.length)),
    cpuMsPerMessage,
    boxCpuBusy: round((box1.busy - box0.busy) / Math.max(1, box1.total - box0.total)),
    maxWaitingForPlanner,
    maxWaitingForDispatcher,
    tableOpsPerMessage: perMessage(tables0, tables1, sent.length),
    meanActiveSessions: round(sessions.active / Math.max(1, sessions.polls)),
    meanAdvisoryLockWaits: round(sessions.advisory / Math.max(1, sessions.polls)),
  };
}

/** The service's sessions now: running a statement (waiting for a lock included), and waiting for an advisory lock. */
async function activity(db: Client): Promise<{ active: number; advisory: number }> {
  const { rows } = await db.query<{ active: number; advisory: number }>(
    `SELECT count(*) FILTER (WHERE state = 'active')::int AS active,
            count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory')::int AS advisory
       FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [DB],
  );
  return rows[0];
}

type TableStats = Record<string, Record<string, number>>;

/** Row operations and scans on notifications' tables, from pg_stat_user_tables. */
async function tableStats(db: Client): Promise<TableStats> {
  const { rows } = await db.query<{ t: string; ins: string; upd: string; del: string; seq: string; idx: string }>(
    `SELECT relname AS t, n_tup_ins::text AS ins, n_tup_upd::text AS upd, n_tup_del::text AS del, seq_scan::text AS seq, coalesce(idx_scan, 0)::text AS idx
       FROM pg_stat_user_tables WHERE schemaname = 'notifications'`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, { inserted: Number(r.ins), updated: Number(r.upd), deleted: Number(r.del), seqScans: Number(r.seq), idxScans: Number(r.idx) }]));
}

function perMessage(before: TableStats, after: TableStats, messages: number): TableStats {
  const out: TableStats = {};
  for (const [table, a] of Object.entries(after)) {
    const b = before[table] ?? {};
    const d = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, round((v - (b[k] ?? 0)) / Math.max(1, messages))]).filter(([, v]) => v !== 0));
    if (Object.keys(d).length > 0) out[table] = d;
  }
  return out;
}

/** CPU ms per second of each process while no event arrives (the service's polling: dispatcher, consumer fetches, relay). */
async function idleCpu(pids: Pids): Promise<Record<string, number>> {
  const before = cpuSnapshot(pids);
  const box0 = boxCpu();
  await sleep(IDLE_SECONDS * 1000);
  const after = cpuSnapshot(pids);
  const box1 = boxCpu();
  const out: Record<string, number> = {};
  for (const k of Object.keys(before)) out[k] = Math.round((after[k] - before[k]) / IDLE_SECONDS);
  out['box busy %'] = Math.round((100 * (box1.busy - box0.busy)) / Math.max(1, box1.total - box0.total));
  return out;
}

// --- ceilings -----------------------------------------------------------------------------------------------

/** The fake gateway alone: the body the service sends, 20 connections (the dispatcher sends a claimed batch at once). */
async function gatewayCeiling(url: string): Promise<Ceiling> {
  const body = JSON.stringify({
    to: '+84901234567',
    from: 'TrustCircle',
    text: 'TrustCircle: Don TC-7KQ4-M2XD da duoc giai ngan cho nguoi ban. Tra cuu: https://trustcircle.example.vn/o/TC-7KQ4-M2XD',
    ref: `${randomUUID()}:SMS:0123456789abcdef`,
  });
  const result = await autocannon({
    url,
    connections: DISPATCH_BATCH,
    duration: CEILING_SECONDS,
    requests: [{ method: 'POST', path: '/', headers: { 'content-type': 'application/json', authorization: `Bearer ${GATEWAY_TOKEN}` }, body }],
  });
  return {
    name: `fake SMS gateway alone (HTTP POST, ${DISPATCH_BATCH} connections)`,
    ops: result['2xx'],
    perSecond: Math.round(result['2xx'] / (result.duration || CEILING_SECONDS)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Raw Kafka: `count` release envelopes produced (500 per send), then consumed by a fresh group (no handler). */
async function kafkaCeilings(client: Kafka, admin: Admin, producer: Producer, count: number): Promise<[Ceiling, Ceiling]> {
  const topic = TOPICS.escrowEvents.name;
  const start = await admin.fetchTopicOffsets(topic);
  const orders = newOrders(count);
  const t0 = performance.now();
  const sendLatencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < orders.length) {
        const slice = orders.slice(next, next + 500);
        next += slice.length;
        const s0 = performance.now();
        await producer.send({ topic, acks: -1, messages: slice.map((o) => released(o).message) });
        sendLatencies.push(performance.now() - s0);
      }
    }),
  );
  const produceSeconds = (performance.now() - t0) / 1000;
  sendLatencies.sort((a, b) => a - b);
  const produce: Ceiling = {
    name: `raw Kafka produce (${topic}, 500 per send, acks=all)`,
    ops: count,
    perSecond: Math.round(count / produceSeconds),
    p50: round(percentile(sendLatencies, 50)),
    p99: round(percentile(sendLatencies, 99)),
    errors: 0,
  };
  const groupId = `bench.notifications-ceiling.${randomUUID()}`;
  await admin.setOffsets({ groupId, topic, partitions: start.map((p) => ({ partition: p.partition, offset: p.high })) });
  const consumer = client.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
  let consumed = 0;
  let firstAt = 0;
  let lastAt = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.connect().then(async () => {
      await consumer.subscribe({ topics: [topic] });
      await consumer.run({
        eachBatch: async ({ batch }) => {
          if (firstAt === 0) firstAt = performance.now();
          for (const m of batch.messages) JSON.parse(m.value?.toString('utf8') ?? 'null');
          consumed += batch.messages.length;
          lastAt = performance.now();
          if (consumed >= count) resolve();
        },
      });
    });
  });
  await Promise.race([done, sleep(20_000)]);
  await consumer.disconnect();
  await admin.deleteGroups([groupId]).catch(() => undefined);
  const seconds = (lastAt - firstAt) / 1000;
  return [
    produce,
    {
      name: `raw Kafka consume (same ${count} envelopes, eachBatch, JSON.parse only, fresh group)`,
      ops: consumed,
      perSecond: seconds > 0 ? Math.round(consumed / seconds) : 0,
      p50: 0,
      p99: 0,
      errors: count - consumed,
    },
  ];
}

/**
 * Raw pg, per message the two commits the pipeline needs at least: insert the notification row (look-alike table,
 * same indexes); then mark it SENT and insert its attempt. 16 clients (the service's pool), plain SQL.
 */
async function pgCeiling(): Promise<Ceiling> {
  const pool = new Pool({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('notifications'), password: LOCAL_DB_PASSWORD, max: POOL });
  const drop = `DROP TABLE IF EXISTS "notifications"."bench_raw_attempts", "notifications"."bench_raw_notifications"`;
  await pool.query(drop);
  await pool.query(`CREATE TABLE "notifications"."bench_raw_notifications" (LIKE "notifications"."notifications" INCLUDING ALL)`);
  await pool.query(`CREATE TABLE "notifications"."bench_raw_attempts" (LIKE "notifications"."notification_attempts" INCLUDING ALL)`);
  const latencies: number[] = [];
  let errors = 0;
  try {
    const started = performance.now();
    const deadline = started + CEILING_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: POOL }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          const id = randomUUID();
          try {
            await pool.query(
              `INSERT INTO "notifications"."bench_raw_notifications" (id, event_id, event_type, order_id, recipient_role, recipient, channel, template, language, body, status, critical, next_attempt_at, event_occurred_at, created_at)
               VALUES ($1, $2, 'escrow.escrow-released', $3, 'BUYER', '+84901234567', 'SMS', 'released@1', 'vi', 'TrustCircle: Don TC-7KQ4-M2XD da duoc giai ngan.', 'PENDING', true, now(), now(), now())`,
              [id, randomUUID(), randomUUID()],
            );
            const c = await pool.connect();
            try {
              await c.query('BEGIN');
              await c.query(`UPDATE "notifications"."bench_raw_notifications" SET status = 'SENT', sent_at = now(), finished_at = now(), attempts = 1, rounds = 1, provider = 'sms-http', next_attempt_at = NULL WHERE id = $1`, [id]);
              await c.query(
                `INSERT INTO "notifications"."bench_raw_attempts" (id, notification_id, attempt, provider, outcome, status_code, response, latency_ms, started_at) VALUES ($1, $2, 1, 'sms-http', 'SENT', 200, '{"data":{"id":"sms_1"}}', 1, now())`,
                [randomUUID(), id],
              );
              await c.query('COMMIT');
            } finally {
              c.release();
            }
            latencies.push(performance.now() - t0);
          } catch (e) {
            if (errors++ === 0) console.error(`raw pg: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      name: `raw pg, 2 commits per message (insert row; mark SENT + insert attempt), ${POOL} clients`,
      ops: latencies.length,
      perSecond: Math.round(latencies.length / elapsed),
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      errors,
    };
  } finally {
    await pool.query(drop).catch(() => undefined);
    await pool.end();
  }
}

// --- setup --------------------------------------------------------------------------------------------------

/** Marketplaces in notifications' partner directory (Zalo off: the buyer's milestone goes by SMS). */
async function seedMarketplaces(count: number): Promise<string[]> {
  const db = new Client({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('notifications'), password: LOCAL_DB_PASSWORD });
  await db.connect();
  try {
    const ids = Array.from({ length: count }, () => randomUUID());
    await db.query(
      `INSERT INTO notifications.partner_directory (partner_id, kind, status, name, version, api_keys, webhook_secrets, marketplace_ids, settings, updated_at, received_at)
       SELECT id, 'MARKETPLACE', 'ACTIVE', 'Bench shop', 1, '[]'::jsonb, '[]'::jsonb, '{}'::uuid[], $2::jsonb, now(), now() FROM unnest($1::uuid[]) id`,
      [ids, JSON.stringify({ inspectionDays: 3, shipByDays: 5, unpaidExpiryHours: 24, platformFeeBps: 200, zaloEnabled: false, unaccentedSms: false, ipAllowList: [] })],
    );
    return ids;
  } finally {
    await db.end();
  }
}

/** The topics notifications consumes that this bench may have filled: its group starts at their end. */
function notifiedTopics(): string[] {
  return [...new Set(NOTIFIED_EVENTS.map((t) => EVENT_CATALOGUE[t].topic as string))];
}


async function deleteWrittenRecords(admin: Admin): Promise<void> {
  for (const topic of WRITTEN_TOPICS) {
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.deleteTopicRecords({ topic, partitions: offsets.map((p) => ({ partition: p.partition, offset: p.high })) });
  }
}

/** Runs the whole benchmark, prints and writes the results; false when a message was lost, failed or sent twice. */
export async function runNotificationsBench(o: NotificationsBenchOptions): Promise<boolean> {
  const began = performance.now();
  const progress = (step: string): void => console.log(`notifications bench: ${step} (${((performance.now() - began) / 1000).toFixed(1)} s)`);
  // The database is provisioned, migrated and seeded while the broker starts.
  const database = (async () => {
    await provisionPostgres(pgTargetFromEnv(DB), LOCAL_DB_PASSWORD);
    await migrate({ NODE_ENV: 'development', DB_HOST: '127.0.0.1', DB_PORT: 5432, DB_NAME: DB, DB_PASSWORD: LOCAL_DB_PASSWORD, DB_POOL_MAX: 2 }, ['notifications']);
    return seedMarketplaces(Math.max(1, o.marketplaces));
  })();
  database.catch(() => undefined);
  const kafka = await startKafka({ instance: 'bench', port: 29092, controllerPort: 29093 }, (m) => console.log(m));
  const client = new Kafka({ clientId: 'notifications-bench', brokers: kafka.brokers, logLevel: logLevel.NOTHING });
  const admin = client.admin();
  const producer = client.producer({ allowAutoTopicCreation: false });
  const db = new Client({ host: '127.0.0.1', port: 5432, database: DB, user: serviceDbRole('notifications'), password: LOCAL_DB_PASSWORD });
  let gateway: GatewayHandle | undefined;
  let service: ChildProcess | undefined;
  const gatewayStarting = startGateway();
  try {
    gateway = await gatewayStarting;
    await admin.connect();
    await ensureTopics(admin, allTopicDeclarations(SERVICE_NAMES));
    await producer.connect();
    // Commits the service's group at the ends with explicit offsets: what the other benches left on this broker (the
    // intake bench's orders) is not this bench's work. (kafkajs' resetOffsets to the latest commits -1, which the
    // service's consumer took as "from the beginning": 2,113 extra texts on a fresh machine.)
    await skipConsumerBacklog('notifications', notifiedTopics(), kafka.brokers);
    await db.connect();
    const marketplaceIds = await database;
    progress('Kafka, database and fake gateway ready');
    mkdirSync(RESULTS, { recursive: true });
    const profileName = `notifications-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
    service = await startNotifications(kafka.brokers.join(','), gateway.url, o, profileName);
    progress('service ready');
    const pids: Pids = { notifications: service.pid, gateway: gateway.child.pid, kafka: kafka.pid };
    const ctx = { db, producer, pids };

    const fixedCount = Math.round(o.rate * o.seconds);
    const warm = newOrders(50);
    const fixed = newOrders(fixedCount);
    const burst = newOrders(o.burst);
    // Warm-up: JIT, pools, the consumer group's partitions assigned; placed first (contacts), then released.
    await drain(db, await publishBurst(producer, warm, (x) => placed(x, marketplaceIds)));
    await drain(db, await publishBurst(producer, warm, released));

    progress('warmed up');
    const idle = await idleCpu(pids);
    const phases: Phase[] = [];
    let claimPlan: ClaimPlan | undefined;
    phases.push(await phase(`orders.order-placed, ${fixedCount + o.burst} at once (max rate)`, ctx, () => publishBurst(producer, [...fixed, ...burst], (x) => placed(x, marketplaceIds))));
    phases.push(await phase(`escrow.escrow-released at ${o.rate}/s for ${o.seconds} s (fixed rate)`, ctx, () => publishAtRate(producer, fixed, released, o.rate)));
    phases.push(
      await phase(`escrow.escrow-released, ${o.burst} at once (max rate)`, ctx, () => publishBurst(producer, burst, released), (p) => {
        claimPlan = p;
      }),
    );
    progress('phases done');
    const delivered = await gateway.stats();
    await stopBenchService(service);
    service = undefined;
    if (o.profile) printProfile(join(RESULTS, profileName));

    const ceilings: Ceiling[] = [await gatewayCeiling(gateway.url), ...(await kafkaCeilings(client, admin, producer, Math.max(o.burst, 5000))), await pgCeiling()];
    progress('ceilings done');
    const expected = warm.length * 2 + phases.reduce((n, p) => n + p.events, 0);
    return report(o, phases, ceilings, claimPlan, idle, { expected, ...delivered });
  } finally {
    if (service) await stopBenchService(service);
    gateway = gateway ?? (await gatewayStarting.catch(() => undefined));
    if (gateway) await gateway.stop();
    await deleteWrittenRecords(admin).catch((e: unknown) => console.error(`could not delete this run's records: ${String(e)}`));
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    await db.end().catch(() => undefined);
    if (kafka.started) await stopKafka('bench');
    progress('done');
  }
}

// --- profile ------------------------------------------------------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Where the notifications process spent its CPU: self time by package or source file, and each sample charged to
 * the nearest function of ours on its stack (apps/, libs/; async continuations resume in library code, so many
 * samples have none).
 */
function printProfile(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const areaOf = (url: string, fn: string): string =>
    url === '' ? `(${fn || 'native'})` : (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? url.replace(/^.*\/work\/[^/]+\//, '').replace(/^file:\/\//, ''));
  const byArea = new Map<string, number>();
  const byOurs = new Map<string, number>();
  let busy = 0;
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    busy++;
    const area = areaOf(frame.url, frame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + 1);
    let ours = `(no function of ours: ${area})`;
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const f = byId.get(at)?.callFrame;
      const a = f ? areaOf(f.url, f.functionName) : '';
      if (f && /^(apps|libs)\//.test(a)) {
        ours = `${a}:${f.lineNumber + 1} ${f.functionName || '(anonymous)'}`;
        break;
      }
    }
    byOurs.set(ours, (byOurs.get(ours) ?? 0) + 1);
  }
  const pct = (n: number): string => `${((100 * n) / Math.max(1, busy)).toFixed(1).padStart(5)}%`;
  console.log(`CPU profile of the notifications process: ${file}\nSelf time (share of non-idle samples) by package or file:`);
  for (const [area, n] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(n)}  ${area}`);
  console.log('Charged to the nearest function of ours:');
  for (const [fn, n] of [...byOurs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(n)}  ${fn}`);
}

/** The claim plan's first scan, whether it has an index condition, and the rows its filter removed. */
function claimSummary(plan: readonly string[]): string {
  const at = plan.findIndex((l) => /(Seq|Index|Bitmap Heap) Scan/.test(l));
  if (at < 0) return plan[0]?.trim() ?? '';
  const scan = plan[at].replace(/^[\s->]+/, '').replace(/\s+\(cost=.*$/, '');
  const next = plan.findIndex((l, i) => i > at && /^\s*(->|SubPlan)|^\S/.test(l));
  const details = plan.slice(at + 1, next < 0 ? undefined : next);
  const cond = details.find((l) => /Index Cond:/.test(l));
  const removed = details.find((l) => /Rows Removed by Filter/.test(l))?.trim();
  return `${scan} (${cond ? 'with an index condition' : 'no index condition: the status/time test is a filter'}${removed ? `; ${removed}` : ''})`;
}

// --- report -------------------------------------------------------------------------------------------------

function report(
  o: NotificationsBenchOptions,
  phases: Phase[],
  ceilings: Ceiling[],
  claimPlan: ClaimPlan | undefined,
  idle: Record<string, number>,
  gateway: GatewayStats & { expected: number },
): boolean {
  const max = phases[phases.length - 1];
  const [http, produce, consume, pg] = ceilings;
  // Every message needs one event produced and consumed, one gateway call and (at least) two commits; all share the box.
  const lStar = 1 / (1 / http.perSecond + 1 / produce.perSecond + 1 / consume.perSecond + 1 / pg.perSecond);
  const lMax = Math.min(http.perSecond, produce.perSecond, consume.perSecond, pg.perSecond);
  const ratio = max.perSecond / lStar;
  const failed = phases.reduce((n, p) => n + p.failed, 0);
  const undrained = phases.filter((p) => p.unsent > 0);
  const correct = failed === 0 && gateway.duplicates === 0 && gateway.non200 === 0 && gateway.delivered === gateway.expected && ceilings.every((c) => c.errors === 0);
  const ms = (l: Latency): string => `${l.p50} / ${l.p95} / ${l.p99} / ${l.max}`;
  const cpuKeys = Object.keys(max.cpuMsPerMessage);
  const lines = [
    `# Notifications benchmark (${new Date().toISOString()})`,
    '',
    `One notifications process (production mode, pool ${POOL}, dispatcher every ${o.intervalMs} ms via NOTIFICATION_DISPATCH_INTERVAL_MS, claim batch ${DISPATCH_BATCH}, CONSUMER_CONCURRENCY ${o.consumerConcurrency || 'default'}), SMS by \`sms-http\` to a fake gateway in its own process; orders of ${o.marketplaces} marketplace(s); 2-core machine shared with PostgreSQL, Redis and Kafka.`,
    'Each event causes one buyer SMS. Latencies from the `notifications` rows: event occurred (set when published) → created (planned) → sent.',
    '',
    '| phase | events | sent | msgs/s | planned/s | event→sent p50 / p95 / p99 / max ms | event→planned p50 / p95 / p99 / max ms | planned→sent p50 / p95 / p99 / max ms | most waiting for planner / dispatcher | DB sessions active / waiting for an advisory lock (mean) | commits/msg | box CPU | not sent |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...phases.map(
      (p) =>
        `| ${p.name} | ${p.events} | ${p.sent} | ${p.perSecond} | ${p.plannedPerSecond} | ${ms(p.endToEnd)} | ${ms(p.toPlanned)} | ${ms(p.toSent)} | ${p.maxWaitingForPlanner} / ${p.maxWaitingForDispatcher} | ${p.meanActiveSessions} / ${p.meanAdvisoryLockWaits} | ${p.commitsPerMessage} | ${Math.round(p.boxCpuBusy * 100)}% | ${p.unsent + p.failed} |`,
    ),
    '',
    `Row operations per message, ${max.name} (pg_stat_user_tables): ${Object.entries(max.tableOpsPerMessage)
      .map(([t, ops]) => `${t} ${Object.entries(ops).map(([k, v]) => `${k} ${v}`).join(', ')}`)
      .join('; ')}.`,
    '',
    `CPU ms per delivered message (${cpuKeys.join(', ')}):`,
    '',
    '| phase | ' + cpuKeys.join(' | ') + ' |',
    '|---|' + cpuKeys.map(() => '---|').join(''),
    ...phases.map((p) => `| ${p.name} | ${cpuKeys.map((k) => p.cpuMsPerMessage[k]).join(' | ')} |`),
    '',
    `Idle (no events, ${IDLE_SECONDS} s, service polling as configured), CPU ms per second: ${Object.entries(idle)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    'Ceilings on the same box (service stopped):',
    '',
    '| ceiling | ops | ops/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|',
    ...ceilings.map((c) => `| ${c.name} | ${c.ops} | ${c.perSecond} | ${c.p50} | ${c.p99} | ${c.errors} |`),
    '',
    `Additive ceiling L* = 1 / (1/${http.perSecond} + 1/${produce.perSecond} + 1/${consume.perSecond} + 1/${pg.perSecond}) = ${Math.round(lStar)} msgs/s (bottleneck bound ${lMax}).`,
    `Max-rate delivery / L*: R = ${max.perSecond} / ${Math.round(lStar)} = ${ratio.toFixed(2)}. Goal (anchors): notification p99 ≤ 100 ms at the target rate.`,
    claimPlan
      ? `Dispatcher claim query with ${claimPlan.atBacklog} unsent rows (EXPLAIN ANALYZE, without FOR UPDATE SKIP LOCKED): ${claimPlan.executionMs} ms; ${claimSummary(claimPlan.plan)}.`
      : 'Dispatcher claim query: the dispatcher never had a message waiting at a poll of the max-rate phase.',
    ...undrained.map((p) => `NOT DRAINED: ${p.name}: ${p.unsent} messages were still unsent ${DRAIN_TIMEOUT_MS / 1000} s after its last event; its figures leave them out.`),
    correct
      ? `Correctness: every event's SMS was sent, once: ${gateway.delivered} delivered by the gateway for ${gateway.expected} events (warm-up included), no duplicate, no failure.`
      : `CORRECTNESS FAILED: ${failed} messages failed; the gateway delivered ${gateway.delivered} for ${gateway.expected} events, ${gateway.duplicates} duplicates, ${gateway.non200} non-200 answers.`,
  ];
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    join(RESULTS, `notifications-${stamp}.json`),
    JSON.stringify({ ...o, dispatchBatch: DISPATCH_BATCH, pool: POOL, idleCpuMsPerSecond: idle, phases, ceilings, additiveCeiling: Math.round(lStar), bottleneckBound: lMax, ratio: round(ratio), claimPlan, gateway, correct }, null, 2),
  );
  writeFileSync(join(RESULTS, `notifications-${stamp}.md`), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}\n`);
  return correct;
}

/** `--notify-seconds`, `--notify-rate`, `--notify-burst`, `--notify-interval-ms` (prefixed: shared with the orders bench's command line). */
export function notificationsBenchOptions(args: readonly string[] = process.argv.slice(2)): NotificationsBenchOptions {
  const opt = (name: string, dflt: number): number => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) || dflt : dflt);
  return {
    seconds: opt('notify-seconds', 5),
    rate: opt('notify-rate', 40),
    burst: opt('notify-burst', 600),
    intervalMs: opt('notify-interval-ms', 50),
    profile: args.includes('--notify-profile'),
    consumerConcurrency: opt('notify-consumer-concurrency', 0),
    marketplaces: opt('notify-marketplaces', 1),
  };
}

if (require.main === module) {
  const run = process.argv.includes(GATEWAY_CHILD) ? gatewayChild().then(() => true) : runNotificationsBench(notificationsBenchOptions());
  run
    .then((correct) => {
      if (!correct) process.exitCode = 1;
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    });
}
