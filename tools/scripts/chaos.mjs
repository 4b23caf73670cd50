// `npm run chaos -- --seed N [--orders 3000] [--rate 12]`: the long fault-injection run (issue 11). It is the same
// test as the short one `npm test` runs (test/chaos/chaos.e2e-spec.ts), with CHAOS_LONG=1: a few thousand orders,
// a dozen SIGKILLs, a broker restart, a frozen consumer and long provider outages, against the real PostgreSQL,
// Redis and Kafka that jest's global setup starts. The report (the verdict, the fault timeline as it happened,
// recovery times) is printed and written to bench/results/chaos-<seed>-<time>.md and .json.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ROOT, ensureDeps } from './ensure-deps.mjs';

const { values } = parseArgs({ options: { seed: { type: 'string' }, orders: { type: 'string' }, rate: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
ensureDeps();
console.log(`[chaos] seed ${seed} (npm run chaos -- --seed ${seed} plays the same plan again)`);
const env = { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1', CHAOS_LONG: '1', CHAOS_SEED: seed };
if (values.orders) env.CHAOS_ORDERS = values.orders;
if (values.rate) env.CHAOS_RATE = values.rate;
const r = spawnSync(`${ROOT}/node_modules/.bin/jest`, ['--selectProjects', 'integration', '--testPathPatterns', 'test/chaos', '--maxWorkers', '1'], { cwd: ROOT, stdio: 'inherit', env });
process.exit(r.status ?? 1);
