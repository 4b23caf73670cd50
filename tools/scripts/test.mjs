// `npm test`: installs what is missing, type-checks once, runs the unit tests on every core, then the integration
// and end-to-end suites against the real PostgreSQL, Redis and Kafka (in TEST_SHARDS shards at once: 2 on four
// cores or more, else 1). Extra arguments go to jest.
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

/**
 * Runs a jest shard, its output line by line behind `tag` (shards side by side); answers its exit code and time.
 * A shard may get no suite when a pattern narrows the run (`--passWithNoTests`).
 */
function runJest(name, argv, { tag, extraEnv }) {
  const started = Date.now();
  const child = spawn(bin('jest'), argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${tag} ${line}\n`));
  }
  return new Promise((resolve) => {
    const done = (code) => resolve({ name, code, time: seconds(started) });
    child.on('error', (e) => {
      console.error(`[test] ${name}: ${e.message}`);
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
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
  // Jest's default of one worker fewer than the cores would be one on two cores. Not beside the integration suites:
  // on two cores that slowed them by more than it saved (at nice 10 npm test took 1,234 s against 1,220 s one after
  // the other; at nice 19 the chaos suite alone took 247 s against 181 s).
  const tu = Date.now();
  run(bin('jest'), [...ci, '--selectProjects', 'unit', '--maxWorkers', String(availableParallelism()), ...jestArgs]);
  console.log(`[test] unit tests passed in ${seconds(tu)}`);
  const ti = Date.now();
  const integration = ['--selectProjects', 'integration', '--maxWorkers', '1'];
  if (shards === 1) run(bin('jest'), [...ci, ...integration, ...jestArgs]);
  else {
    const results = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        runJest(`integration shard ${i + 1}/${shards}`, [...ci, ...integration, '--shard', `${i + 1}/${shards}`, '--passWithNoTests', ...jestArgs], { tag: `[shard ${i + 1}/${shards}]`, extraEnv: { TEST_SHARD: String(i + 1) } }),
      ),
    );
    for (const r of results) console.log(`[test] ${r.name} ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.time}`);
    const failed = results.find((r) => r.code !== 0);
    if (failed) process.exit(failed.code);
  }
  console.log(`[test] integration tests passed in ${seconds(ti)}`);
}
console.log(`[test] npm test took ${seconds(t0)}`);
