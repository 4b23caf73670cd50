/**
 * A real single-node Apache Kafka 4.x broker in KRaft combined mode, run from jars that Maven resolves
 * (see tools/kafka/pom.xml and ../shared/reference/kafka-and-reliability.md §2).
 *
 * - Jars are resolved once into tools/kafka/.cache/libs-<version> (and Maven's own ~/.m2 cache).
 * - Data, logs and the pid file live in this checkout's ignored `.var/kafka-<instance>/`, never shared between
 *   clones; `dev` (npm start) and `test` (npm test) are separate brokers, so tests never feed a running dev stack.
 * - `startKafka` is idempotent: a broker already answering on the port is reused.
 * - `stopKafka` sends SIGTERM (controlled shutdown) and falls back to SIGKILL.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

import { acquireFileLock } from './file-lock';
import { LOG4J2, serverProperties } from './kafka-config';
import { ensureKafkaJars } from './kafka-jars';
import { ROOT } from './paths';

export { ROOT } from './paths';
export { ensureKafkaJars } from './kafka-jars';

export interface KafkaBrokerOptions {
  /** Names the broker's folder under `.var/` (`dev` for `npm start`, `test` for `npm test`): separate data, logs and pid. */
  instance: string;
  /** Client port (PLAINTEXT listener). */
  port: number;
  /** KRaft controller port. */
  controllerPort: number;
  /**
   * A second client listener that requires SASL (PLAIN over plaintext, users from the broker's own JAAS line): the
   * tests log in to it as production services log in to Strimzi's. Absent: no such listener.
   */
  sasl?: KafkaSaslListener;
  /** Max heap for the broker JVM. */
  heap: string;
  /** How long to wait for readiness. */
  readyTimeoutMs: number;
  /**
   * Start from empty logs: when this call starts the JVM, the instance's data (topics, consumer offsets) is deleted
   * first (test runs). A broker that already runs is reused as it is.
   */
  fresh?: boolean;
}

/** A SASL listener of the local broker (see {@link KafkaBrokerOptions.sasl}). */
export interface KafkaSaslListener {
  port: number;
  /** User name → password (letters and digits only: they go into a JAAS line). */
  users: Readonly<Record<string, string>>;
}

export interface KafkaBrokerHandle {
  brokers: string[];
  /** True when this call started the JVM; false when an already running broker was reused. */
  started: boolean;
  /** Milliseconds from spawning the JVM (or from the call, when reused) until an admin call succeeded. */
  readyMs: number;
  pid?: number;
}

export function defaultBrokerOptions(env: NodeJS.ProcessEnv = process.env): KafkaBrokerOptions {
  return {
    instance: 'dev',
    port: Number(env.KAFKA_PORT ?? 9092),
    controllerPort: Number(env.KAFKA_CONTROLLER_PORT ?? 9093),
    heap: env.KAFKA_HEAP ?? '512m',
    readyTimeoutMs: Number(env.KAFKA_READY_TIMEOUT_MS ?? 90_000),
  };
}

async function adminAnswers(brokers: string[], timeoutMs = 2000): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'trustcircle-broker-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 1000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** True when something accepts a TCP connection on the port (127.0.0.1). */
function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function varDir(instance: string): string {
  if (!/^[a-z0-9-]+$/.test(instance)) throw new Error(`bad broker instance name ${instance}`);
  return join(ROOT, '.var', `kafka-${instance}`);
}

function pidFile(instance: string): string {
  return join(varDir(instance), 'kafka.pid');
}

function readPid(instance: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(instance), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/**
 * Starts the broker (or reuses a running one) and waits until an admin call succeeds. Concurrent callers
 * (parallel test runs, a CLI) are serialised by a lock file, so only one JVM is ever spawned.
 */
export async function startKafka(
  options: Partial<KafkaBrokerOptions> = {},
  log: (msg: string) => void = () => undefined,
): Promise<KafkaBrokerHandle> {
  const o = { ...defaultBrokerOptions(), ...options };
  mkdirSync(varDir(o.instance), { recursive: true });
  const release = await acquireFileLock(join(varDir(o.instance), 'start.lock'), o.readyTimeoutMs + 30_000);
  try {
    return await startLocked(o, log);
  } finally {
    release();
  }
}

async function startLocked(o: KafkaBrokerOptions, log: (msg: string) => void): Promise<KafkaBrokerHandle> {
  const brokers = [`127.0.0.1:${o.port}`];
  const t0 = Date.now();
  if (await adminAnswers(brokers)) {
    const pid = readPid(o.instance);
    // Ours, but started before it had a SASL listener: restart it with the current configuration.
    if (!(o.sasl && pid && !(await portAnswers(o.sasl.port)))) return { brokers, started: false, readyMs: Date.now() - t0, pid };
    log(`Kafka (${o.instance}) runs without its SASL listener on ${o.sasl.port}: restarting it`);
    await stopKafka(o.instance);
  }
  const running = readPid(o.instance);
  if (running) {
    // Our JVM is alive but not answering yet (another process is starting it): wait for it.
    await waitReady(brokers, o.readyTimeoutMs, running, varDir(o.instance));
    return { brokers, started: false, readyMs: Date.now() - t0, pid: running };
  }

  const libs = ensureKafkaJars(log);
  const VAR_DIR = varDir(o.instance);
  const dataDir = join(VAR_DIR, 'data');
  const logsDir = join(VAR_DIR, 'logs');
  // Formatted again below, with the instance's cluster id.
  if (o.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(logsDir, { recursive: true });
  const props = join(VAR_DIR, 'server.properties');
  writeFileSync(props, serverProperties(o, dataDir));
  const log4j = join(VAR_DIR, 'log4j2.properties');
  writeFileSync(log4j, LOG4J2);

  const clusterIdFile = join(VAR_DIR, 'cluster-id');
  if (!existsSync(clusterIdFile)) writeFileSync(clusterIdFile, randomBytes(16).toString('base64url'));
  const clusterId = readFileSync(clusterIdFile, 'utf8').trim();
  const cp = `${libs}/*`;
  const jvmCommon = [`-Dkafka.logs.dir=${logsDir}`, `-Dlog4j2.configurationFile=${log4j}`, '-Djava.awt.headless=true'];

  // Format once; --ignore-formatted makes it a no-op on later starts.
  execFileSync(
    'java',
    ['-Xmx256m', ...jvmCommon, '-cp', cp, 'kafka.tools.StorageTool', 'format', '--standalone', '--ignore-formatted', '-t', clusterId, '-c', props],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );

  const out = openSync(join(logsDir, 'stdout.log'), 'a');
  const tSpawn = Date.now();
  const child = spawn(
    'java',
    [
      `-Xms128m`,
      `-Xmx${o.heap}`,
      '-XX:+UseSerialGC',
      '-Xshare:auto',
      ...jvmCommon,
      '-cp',
      cp,
      'kafka.Kafka',
      props,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  if (!child.pid) throw new Error('could not spawn java for the Kafka broker');
  writeFileSync(pidFile(o.instance), String(child.pid));
  child.unref();
  await waitReady(brokers, o.readyTimeoutMs, child.pid, VAR_DIR);
  return { brokers, started: true, readyMs: Date.now() - tSpawn, pid: child.pid };
}

async function waitReady(brokers: string[], timeoutMs: number, pid: number, dir: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await adminAnswers(brokers, 1500)) return;
    try {
      process.kill(pid, 0);
    } catch {
      throw new Error(`Kafka broker (pid ${pid}) exited before it was ready; see ${join(dir, 'logs')}`);
    }
    if (Date.now() > deadline) throw new Error(`Kafka broker not ready after ${timeoutMs} ms; see ${join(dir, 'logs')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops this checkout's broker of that instance. Returns false when none was running. */
export async function stopKafka(instance = 'dev', timeoutMs = 30_000): Promise<boolean> {
  const pid = readPid(instance);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(pidFile(instance), { force: true });
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  rmSync(pidFile(instance), { force: true });
  return true;
}

export function kafkaStatus(instance = 'dev'): { pid?: number; dataDir: string } {
  return { pid: readPid(instance), dataDir: join(varDir(instance), 'data') };
}
