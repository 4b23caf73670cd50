/**
 * Helpers for the walking-skeleton end-to-end tests: service processes, the admin CLI, direct reads of each
 * service's own schema (as that service's role), and raw Kafka access.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { SERVICES, serviceDbRole, type ServiceName } from '@trustcircle/contracts';
import { SpawnedService, TEST_INFRA, nodeEntry } from '@trustcircle/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';

const ROOT = resolve(__dirname, '..', '..');
const run = promisify(execFile);

/** The environment every spawned service gets: the test infrastructure, set up by the jest setup files. */
export function serviceEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '500', DEADLINE_SWEEP_MS: '1000' };
}

/** A service process on a test port (the shard's base plus its usual port), so a running dev stack is never disturbed. */
export function spawnService(service: ServiceName, extraEnv: Record<string, string> = {}): SpawnedService {
  return new SpawnedService(`${service}-e2e`, service, { ...serviceEnv(), ...extraEnv }, TEST_INFRA.servicePortBase + SERVICES[service].port);
}

/** A pool connected as the service's own role: reads exactly what the service can read. */
export function servicePool(service: ServiceName): Pool {
  const env = process.env;
  return new Pool({ host: env.DB_HOST, port: Number(env.DB_PORT), database: env.DB_NAME, user: serviceDbRole(service), password: env.DB_PASSWORD, max: 2 });
}

export async function count(pool: Pool, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params);
  return rows[0].n;
}

export const kafka = new Kafka({ clientId: 'e2e', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING });


/**
 * Runs the admin CLI (tools/scripts/admin.ts) with `args` and the test environment, as an operator would in the
 * service's container; answers its stdout. It runs the run's compiled JavaScript, as the image does (apps/console's
 * admin-cli.int-spec.ts tests `npm run admin` itself).
 */
export async function adminCli(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [...nodeEntry('tools/scripts/admin'), ...args], { cwd: ROOT, env: { ...serviceEnv(), KAFKAJS_NO_PARTITIONER_WARNING: '1' }, timeout: 120_000 });
  return stdout;
}

/** Onboards a marketplace with the admin CLI, as an operator would; returns its id and API key. */
export async function onboardMarketplace(name = `Shop ${randomUUID().slice(0, 8)}`): Promise<{ id: string; apiKey: string }> {
  const stdout = await adminCli(['partners', 'create', '--kind', 'marketplace', '--name', name, '--json']);
  const created = JSON.parse(stdout) as { id: string; kind: string; apiKey: string };
  return { id: created.id, apiKey: created.apiKey };
}

/** A valid order body for POST /v1/orders, unique by external id. */
export function orderBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalId: `SHOP-${randomUUID()}`,
    buyer: { name: 'Nguyễn Thị Hoa', phone: '0901234567' },
    seller: { id: 'seller-1', name: 'Cửa hàng Ánh Dương' },
    items: [
      { sku: 'AO-01', name: 'Áo dài lụa', quantity: 1, unitPrice: 1_200_000 },
      { sku: 'KHAN-02', name: 'Khăn choàng', quantity: 1, unitPrice: 5_000 },
    ],
    shippingFee: 30_000,
    totalAmount: 1_235_000,
    currency: 'VND',
    paymentMethod: 'PREPAID',
    ...overrides,
  };
}

export async function postOrder(orders: SpawnedService, apiKey: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(orders.url('/v1/orders'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, ...headers },
    body: JSON.stringify(body),
  });
}
