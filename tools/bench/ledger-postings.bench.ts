/**
 * Ledger postings per second beside raw pg INSERTs, in the same run, against the bench database
 * (trustcircle_bench, provisioned and migrated as the orders bench does). Part of `npm run bench` (the orders
 * bench runs it at its end); on its own:
 *
 *   node -r @swc-node/register tools/bench/ledger-postings.bench.ts [--ledger-seconds 8 --workers 8]
 *
 * - ledger: `LedgerService.post` of a FUND (2 entries) then a RELEASE with a 2% fee (3 entries) per new escrow,
 *   each in its own transaction, by N concurrent workers (one payment partner each; the fee revenue account is
 *   one platform-wide row, locked by every release, as in production);
 * - ceiling: the same rows (1 transaction row + 2 or 3 entry rows per database transaction, same workers) as
 *   plain INSERTs into look-alike tables, without the ledger's idempotency lookups, account upserts, row
 *   locks, balance updates and deferred balance trigger.
 * A third run releases without a fee, to show what the one shared fee account costs.
 * Then the ledger check runs over the whole bench ledger (it must pass) and its duration is printed.
 * Writes JSON and a markdown table under bench/results/.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serviceDbRole } from '@trustcircle/contracts';
import { serviceDataSourceOptions } from '@trustcircle/database';
import { ROOT, pgTargetFromEnv, provisionPostgres } from '@trustcircle/devstack';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { LedgerService } from '../../apps/escrow/src/ledger/application/ledger.service';
import { fundTransaction, refundTransaction, releaseTransaction } from '../../apps/escrow/src/ledger/domain/money-movements';
import { migrate } from '../db/migrate';
import { LOCAL_DB_PASSWORD } from '../stack/local-env';

const DB = 'trustcircle_bench';
const RESULTS = join(ROOT, 'bench', 'results');

export interface LedgerBenchOptions {
  seconds: number;
  workers: number;
}

interface Measure {
  name: string;
  postings: number;
  entries: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `post` from `workers` loops until `seconds` have passed; `post` returns the entries it wrote. */
async function measure(name: string, o: LedgerBenchOptions, post: (worker: number, step: number) => Promise<number>): Promise<Measure> {
  const latencies: number[] = [];
  let entries = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  await Promise.all(
    Array.from({ length: o.workers }, async (_, worker) => {
      // Steps go in pairs (FUND then RELEASE): a worker stops only after a release, so no money stays held.
      for (let step = 0; step % 2 === 1 || performance.now() < deadline; step++) {
        const t0 = performance.now();
        try {
          const written = await post(worker, step);
          entries += written;
          latencies.push(performance.now() - t0);
        } catch (e) {
          if (errors++ === 0) console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { name, postings: latencies.length, entries, perSecond: Math.round(latencies.length / elapsed), p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), errors };
}

async function ledgerRun(ledger: LedgerService, db: DataSource, o: LedgerBenchOptions, feeBps = 200): Promise<Measure> {
  const partners = Array.from({ length: o.workers }, () => randomUUID());
  const escrows = new Map<number, { escrowId: string; orderId: string }>();
  const sellerId = randomUUID();
  const name = feeBps > 0 ? 'LedgerService.post (FUND, then RELEASE with a 2% fee)' : 'LedgerService.post (FUND, then RELEASE without fee: no shared row)';
  return measure(name, o, async (worker, step) => {
    if (step % 2 === 0) {
      const e = { escrowId: randomUUID(), orderId: randomUUID() };
      escrows.set(worker, e);
      await db.transaction((m) => ledger.post(m, fundTransaction({ ...e, causeId: randomUUID(), partnerId: partners[worker], amount: 1_235_000n })));
      return 2;
    }
    const e = escrows.get(worker) as { escrowId: string; orderId: string };
    await db.transaction((m) => ledger.post(m, releaseTransaction({ ...e, causeId: randomUUID(), sellerId, amount: 1_235_000n, feeBps })));
    return feeBps > 0 ? 3 : 2;
  });
}

async function rawRun(pool: Pool, o: LedgerBenchOptions): Promise<Measure> {
  await pool.query(`DROP TABLE IF EXISTS "escrow"."bench_raw_entries", "escrow"."bench_raw_transactions"`);
  await pool.query(`CREATE TABLE "escrow"."bench_raw_transactions" (LIKE "escrow"."ledger_transactions" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
  await pool.query(`CREATE TABLE "escrow"."bench_raw_entries" (LIKE "escrow"."ledger_entries" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
  const accounts = Array.from({ length: 3 }, () => randomUUID());
  try {
    return await measure('raw pg INSERTs (same rows per transaction)', o, async (_worker, step) => {
      const lines = step % 2 === 0 ? 2 : 3;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const txId = randomUUID();
        await client.query(`INSERT INTO "escrow"."bench_raw_transactions" ("id", "idempotency_key", "purpose", "escrow_id", "order_id", "metadata") VALUES ($1, $2, $3, $4, $5, $6)`, [
          txId,
          `${randomUUID()}:RAW`,
          lines === 2 ? 'FUND' : 'RELEASE',
          randomUUID(),
          randomUUID(),
          '{}',
        ]);
        const values: unknown[] = [];
        const tuples = Array.from({ length: lines }, (_, i) => {
          values.push(randomUUID(), txId, accounts[i], i === 0 ? 'DEBIT' : 'CREDIT', i === 0 ? '1235000' : '600000');
          return `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`;
        });
        await client.query(`INSERT INTO "escrow"."bench_raw_entries" ("id", "transaction_id", "account_id", "side", "amount") VALUES ${tuples.join(', ')}`, values);
        await client.query('COMMIT');
        return lines;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.query(`DROP TABLE IF EXISTS "escrow"."bench_raw_entries", "escrow"."bench_raw_transactions"`);
  }
}

/**
 * Refunds money an interrupted earlier run left held (the bench ledger is immutable and persists), so the
 * ledger check at the end judges this run.
 */
async function settleLeftovers(ledger: LedgerService, db: DataSource): Promise<void> {
  const held = (await db.query(
    `SELECT "escrow_id", (t."order_id") AS "order_id", (a."posted_credits" - a."posted_debits")::text AS "held"
       FROM "escrow"."ledger_accounts" a
       LEFT JOIN LATERAL (SELECT "order_id" FROM "escrow"."ledger_transactions" WHERE "escrow_id" = a."escrow_id" LIMIT 1) t ON true
      WHERE a."type" = 'HELD_FUNDS' AND a."posted_credits" - a."posted_debits" > 0`,
  )) as Array<{ escrow_id: string; order_id: string; held: string }>;
  for (const h of held) {
    await db.transaction((m) => ledger.post(m, refundTransaction({ escrowId: h.escrow_id, orderId: h.order_id, causeId: randomUUID(), amount: BigInt(h.held) })));
  }
}

/** Provisions and migrates the bench database, measures both in one run, prints and writes the results. */
export async function runLedgerBench(o: LedgerBenchOptions): Promise<boolean> {
  await provisionPostgres(pgTargetFromEnv(DB), LOCAL_DB_PASSWORD);
  const env = { NODE_ENV: 'development' as const, DB_HOST: '127.0.0.1', DB_PORT: 5432, DB_NAME: DB, DB_PASSWORD: LOCAL_DB_PASSWORD, DB_POOL_MAX: o.workers };
  await migrate({ ...env, DB_POOL_MAX: 2 }, ['escrow']);
  const db = new DataSource({ ...serviceDataSourceOptions({ service: 'escrow', entities: [], migrations: [] }, env), logging: false });
  await db.initialize();
  const pool = new Pool({ host: env.DB_HOST, port: env.DB_PORT, database: DB, user: serviceDbRole('escrow'), password: LOCAL_DB_PASSWORD, max: o.workers });
  try {
    const ledger = new LedgerService(db);
    // Warm-up: JIT, both pools' connections and the shared fee account row.
    await ledgerRun(ledger, db, { seconds: 1, workers: o.workers });
    await Promise.all(Array.from({ length: o.workers }, () => pool.query('SELECT 1')));
    await settleLeftovers(ledger, db);
    const posted = await ledgerRun(ledger, db, o);
    const noFee = await ledgerRun(ledger, db, o, 0);
    const raw = await rawRun(pool, o);
    const t0 = performance.now();
    const check = await ledger.check();
    const checkMs = Math.round(performance.now() - t0);
    return report(o, [posted, noFee, raw], { ok: check.ok, transactions: check.transactions, ms: checkMs });
  } finally {
    await pool.end();
    await db.destroy();
  }
}

function report(o: LedgerBenchOptions, measures: Measure[], check: { ok: boolean; transactions: number; ms: number }): boolean {
  const [posted, , raw] = measures;
  const correct = measures.every((m) => m.errors === 0) && check.ok;
  const lines = [
    `# Ledger postings benchmark (${new Date().toISOString()})`,
    '',
    `${o.workers} concurrent workers, ${o.seconds} s per run, one database transaction per posting (2-core machine shared with PostgreSQL).`,
    '',
    '| run | postings | entries | postings/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|---|',
    ...measures.map((m) => `| ${m.name} | ${m.postings} | ${m.entries} | ${m.perSecond} | ${m.p50} | ${m.p99} | ${m.errors} |`),
    '',
    `Ledger (with fee) / raw INSERT ceiling: ${(posted.perSecond / Math.max(1, raw.perSecond)).toFixed(2)}.`,
    `Ledger check over the bench ledger (${check.transactions} transactions): ${check.ok ? 'passes' : 'FAILS'} in ${check.ms} ms.`,
  ];
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `ledger-postings-${stamp}.json`), JSON.stringify({ ...o, measures, check, correct }, null, 2));
  writeFileSync(join(RESULTS, `ledger-postings-${stamp}.md`), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}\n`);
  return correct;
}

/** `--ledger-seconds` and `--workers` from the command line (shared with the orders bench's, so prefixed). */
export function ledgerBenchOptions(args: readonly string[] = process.argv.slice(2)): LedgerBenchOptions {
  const opt = (name: string, dflt: number): number => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) || dflt : dflt);
  return { seconds: opt('ledger-seconds', 8), workers: opt('workers', 8) };
}

if (require.main === module) {
  runLedgerBench(ledgerBenchOptions())
    .then((correct) => {
      if (!correct) process.exitCode = 1;
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    });
}
