/**
 * `npm start`: brings the whole platform up on this machine, in order: Kafka (a real 4.x broker from Maven
 * jars), PostgreSQL provisioning and the console's web app build (Vite, skipped when up to date), migrations,
 * topics, the SMS and webhook sandbox, then every service in the background, then gentle demo traffic from the
 * simulator (`--no-demo`: none). Prints where each listens. `npm stop` stops them. Processes already running are
 * left as they are.
 */
import 'reflect-metadata';
import { SERVICE_NAMES, SERVICES, allTopicDeclarations, type ServiceName } from '@trustcircle/contracts';
import { pgTargetFromEnv, provisionPostgres, startKafka } from '@trustcircle/devstack';
import { ensureTopics } from '@trustcircle/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { buildWebApp } from '../../apps/console/src/web-app/build-web-app';
import { migrate } from '../db/migrate';
import { ensureDemoOperator } from './demo-operator';
import { LOCAL_DB_PASSWORD, SANDBOX_PORT, localEnv } from './local-env';
import { LOGS, logTail, runningPid, startProcess } from './processes';

const ORDER: ServiceName[] = ['console', 'orders', 'escrow', 'delivery-tracking', 'disputes', 'notifications'];
/** The demo traffic: one order every 3 s or so, at most 30 in flight. */
const DEMO_ARGS = ['--rate', '0.3', '--in-flight', '30'];

async function main(): Promise<void> {
  const t0 = Date.now();
  const demo = !process.argv.includes('--no-demo');
  const env = localEnv();
  const step = (m: string): void => console.log(`[start] ${m}`);

  step('starting Kafka (KRaft, single node), provisioning PostgreSQL and building the web app...');
  const [kafka, , web] = await Promise.all([
    startKafka({ instance: 'dev', port: portOf(env.KAFKA_BROKERS) }, (m) => step(m)),
    provisionPostgres(pgTargetFromEnv(env.DB_NAME, env), env.DB_PASSWORD ?? LOCAL_DB_PASSWORD),
    buildWebApp(),
  ]);
  step(web.action === 'built' ? `web app built in ${web.ms} ms (${web.distDir})` : 'web app up to date');
  step(kafka.started ? `Kafka ready in ${kafka.readyMs} ms at ${kafka.brokers.join(',')}` : `Kafka already running at ${kafka.brokers.join(',')}`);

  const admin = new Kafka({ clientId: 'trustcircle-start', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const topics = await ensureTopics(admin, allTopicDeclarations(SERVICE_NAMES)).finally(() => admin.disconnect());
  step(`topics: ${topics.created.length} created, ${topics.existing.length} already there`);

  const applied = await migrate({
    NODE_ENV: 'development',
    DB_HOST: env.DB_HOST,
    DB_PORT: Number(env.DB_PORT),
    DB_NAME: env.DB_NAME,
    DB_PASSWORD: env.DB_PASSWORD,
    DB_POOL_MAX: 2,
  });
  const count = Object.values(applied).reduce((n, list) => n + list.length, 0);
  step(`migrations: ${count} applied`);

  if (runningPid('sandbox')) step('sandbox already running');
  else startProcess('sandbox', 'tools/stack/sandbox/main.ts', { ...env, SANDBOX_PORT: String(SANDBOX_PORT) });
  for (const service of ORDER) {
    if (runningPid(service)) step(`${service} already running`);
    else startProcess(service, `apps/${service}/src/main.ts`, env);
  }
  step('waiting for every service to be ready...');
  const failed = (await Promise.all(ORDER.map(async (s) => ((await ready(s)) ? undefined : s)))).filter((s): s is ServiceName => !!s);
  if (failed.length > 0) {
    for (const s of failed) console.error(`\n[start] ${s} did not become ready; last lines of ${LOGS}/${s}.log:\n${logTail(s)}`);
    process.exitCode = 1;
    return;
  }

  const operator = await ensureDemoOperator(env);
  if (!demo) step('no demo traffic (--no-demo)');
  else if (runningPid('simulator')) step('demo traffic already running');
  else startProcess('simulator', 'tools/simulator/simulate.ts', env, DEMO_ARGS);

  console.log(`\nTrustCircle is running (${((Date.now() - t0) / 1000).toFixed(1)} s):\n`);
  for (const s of ORDER) console.log(`  ${s.padEnd(18)} http://localhost:${SERVICES[s].port}   (docs: /docs, health: /health/ready)`);
  console.log(`\n  Console and dev proxy: http://localhost:${SERVICES.console.port}`);
  console.log(`  Operator console:      http://localhost:${SERVICES.console.port}/console`);
  console.log(`    sign in as ${operator.name}, password ${operator.password}, authenticator code: npm run -s demo:totp`);
  console.log(`    (or add the TOTP secret ${operator.totpSecret} to an authenticator app; local demo operator only)`);
  console.log(`  Buyer portal:          http://localhost:${SERVICES.console.port}/tra-cuu\n`);
  console.log(`  SMS sandbox:           http://localhost:${SANDBOX_PORT}   (the buyers' texts; nothing reaches a real phone)`);
  if (demo) console.log(`  Demo traffic:          about one order every 3 s (${LOGS}/simulator.log); npm start -- --no-demo for none`);
  console.log(`  Logs: ${LOGS}/<service>.log   Stop: npm stop`);
}

async function ready(service: ServiceName, timeoutMs = 90_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!runningPid(service)) return false;
    const res = await fetch(`http://127.0.0.1:${SERVICES[service].port}/health/ready`).catch(() => undefined);
    if (res?.ok) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function portOf(brokers: string): number {
  return Number(brokers.split(',')[0].split(':')[1] ?? 9092);
}

main().catch((e: unknown) => {
  console.error(`[start] ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
