// `npm test`: installs what is missing, type-checks once, then runs every jest project: unit (in parallel workers),
// then integration and end-to-end against the real PostgreSQL, Redis and Kafka, in TEST_SHARDS shards at once (2 on
// four cores or more, else 1). Extra arguments go to jest.
//   --no-typecheck   skip the tsc pass (for quick local loops)
//
// Within a shard the integration suites run one file at a time: they use the services' real consumer groups. Each
// shard has infrastructure of its own (broker, database, Redis database, ports: libs/platform/testing/src/
// test-infra.ts), and tools/test/shard-sequencer.js keeps the whole-platform suites in shard 1.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { ROOT, ensureDeps } from './ensure-deps.mjs';

const args = process.argv.slice(2);
const skipTypecheck = args.includes('--no-typecheck');
const jestArgs = args.filter((a) => a !== '--no-typecheck');
// Two shards need cores to spare: on two cores the suites already keep them ~70% busy one file at a time, and a
// second shard only slows both (and starves latency-bound tests into timeouts).
const shards = Number(process.env.TEST_SHARDS ?? (availableParallelism() >= 4 ? 2 : 1));
if (!Number.isInteger(shards) || shards < 1 || shards > 8) {
  console.error(`[test] TEST_SHARDS must be an integer from 1 to 8, not ${process.env.TEST_SHARDS}`);
  process.exit(2);
}
const t0 = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

ensureDeps();
const bin = (name) => `${ROOT}/node_modules/.bin/${name}`;
const env = { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' };
function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Runs jest for one shard, its output line by line behind `[shard K/N]`; answers its exit code and time. */
function runShard(k, argv) {
  const started = Date.now();
  const child = spawn(bin('jest'), argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, TEST_SHARD: String(k) } });
  const tag = `[shard ${k}/${shards}]`;
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${tag} ${line}\n`));
  }
  return new Promise((resolve) => {
    child.on('error', (e) => {
      console.error(`${tag} ${e.message}`);
      resolve({ k, code: 1, time: seconds(started) });
    });
    child.on('close', (code, signal) => resolve({ k, code: code ?? (signal ? 1 : 0), time: seconds(started) }));
  });
}

if (!skipTypecheck) {
  const tc = Date.now();
  run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  // The browser app has browser libraries and JSX; the servers must not see DOM types, so it is its own project.
  run(bin('tsc'), ['-p', 'apps/console/web/tsconfig.json', '--noEmit']);
  console.log(`[test] typecheck passed in ${seconds(tc)}`);
}
const ci = process.env.CI ? ['--ci'] : [];
const selected = jestArgs.some((a) => a === '--selectProjects' || a.startsWith('--selectProjects='));
if (selected) run(bin('jest'), [...ci, ...jestArgs]);
else {
  const tu = Date.now();
  // Jest's default is one worker fewer than the cores: on two cores, one.
  run(bin('jest'), [...ci, '--selectProjects', 'unit', '--maxWorkers', String(availableParallelism()), ...jestArgs]);
  console.log(`[test] unit tests passed in ${seconds(tu)}`);
  const ti = Date.now();
  if (shards === 1) {
    run(bin('jest'), [...ci, '--selectProjects', 'integration', '--maxWorkers', '1', ...jestArgs]);
    console.log(`[test] integration tests passed in ${seconds(ti)}`);
    console.log(`[test] npm test took ${seconds(t0)}`);
    process.exit(0);
  }
  const results = await Promise.all(
    Array.from({ length: shards }, (_, i) => runShard(i + 1, [...ci, '--selectProjects', 'integration', '--maxWorkers', '1', '--shard', `${i + 1}/${shards}`, ...jestArgs])),
  );
  for (const r of results) console.log(`[test] integration shard ${r.k}/${shards} ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.time}`);
  const failed = results.find((r) => r.code !== 0);
  if (failed) process.exit(failed.code);
  console.log(`[test] integration tests passed in ${seconds(ti)}`);
}
console.log(`[test] npm test took ${seconds(t0)}`);
