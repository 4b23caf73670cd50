/**
 * Starts one service as its own process for a benchmark, on the bench database, the bench broker and Redis db
 * 14, in production mode with warnings only, and waits until it is ready: from the TypeScript sources, or from
 * the compiled JavaScript production runs (`dist`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ServiceName } from '@trustcircle/contracts';
import { ROOT } from '@trustcircle/devstack';
import { LOCAL_DB_PASSWORD } from '../stack/local-env';

export interface BenchServiceOptions {
  port: number;
  db: string;
  brokers: string;
  encryptionKey: string;
  /** Extra node flags (e.g. a CPU profile). */
  nodeFlags?: string[];
  /** Extra environment (overrides the defaults below, e.g. NODE_ENV or the SMS gateway). */
  env?: Record<string, string>;
  /** DB_POOL_MAX (default 16). */
  poolMax?: number;
  /** How long to wait for /health/ready (default 60 s). */
  readyTimeoutMs?: number;
  /**
   * Run the compiled JavaScript under this directory (`<dist>/apps/<service>/src/main.js`, built by
   * tools/deploy/build-dist.ts as the container image is) instead of the TypeScript sources through swc-node.
   */
  dist?: string;
}

export async function startBenchService(service: ServiceName, o: BenchServiceOptions): Promise<ChildProcess> {
  const entry = o.dist ? [join(o.dist, `apps/${service}/src/main.js`)] : ['-r', '@swc-node/register', join(ROOT, `apps/${service}/src/main.ts`)];
  const child = spawn(process.execPath, [...(o.nodeFlags ?? []), ...entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HTTP_PORT: String(o.port),
      DB_NAME: o.db,
      DB_PASSWORD: LOCAL_DB_PASSWORD,
      DB_POOL_MAX: String(o.poolMax ?? 16),
      REDIS_URL: 'redis://127.0.0.1:6379/14',
      KAFKA_BROKERS: o.brokers,
      PLATFORM_ENCRYPTION_KEY: o.encryptionKey,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      ...o.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + (o.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(`http://127.0.0.1:${o.port}/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`${service} did not become ready`);
}

/** Stops a service process (SIGTERM) and waits for it to exit. */
export async function stopBenchService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
