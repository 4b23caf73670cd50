// `npm test`: installs what is missing, type-checks once, then runs every jest project at once: the integration and
// end-to-end suites against the real PostgreSQL, Redis and Kafka (in TEST_SHARDS shards: 2 on four cores or more,
// else 1), and beside them, at a lower CPU priority, the unit tests. Extra arguments go to jest.
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
 * Runs a jest process; answers its exit code and time. `tag`: its output line by line behind it (shards side by
 * side). `buffered`: its output held and printed whole when it ends (the unit tests, beside the integration suites).
 */
function runJest(name, argv, { tag, buffered = false, extraEnv = {}, nice = 0 }) {
  const started = Date.now();
  const [cmd, cmdArgs] = nice > 0 && hasNice() ? ['nice', ['-n', String(nice), bin('jest'), ...argv]] : [bin('jest'), argv];
  const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
  const held = [];
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      const text = `${tag ? `${tag} ` : ''}${line}\n`;
      if (buffered) held.push([out, text]);
      else out.write(text);
    });
  }
  return new Promise((resolve) => {
    const done = (code) => {
      for (const [out, text] of held) out.write(text);
      resolve({ name, code, time: seconds(started) });
    };
    child.on('error', (e) => {
      console.error(`[test] ${name}: ${e.message}`);
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

function hasNice() {
  return spawnSync('nice', ['true']).status === 0;
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
  const integration = ['--selectProjects', 'integration', '--maxWorkers', '1'];
  const runs = [
    // The integration suites leave the CPU ~30% idle (they wait on timers, the broker and the database): the unit
    // tests take that, at the lowest priority (at nice 10 they still took enough to slow the suites by more than
    // the 74 s they save). Jest's default of one worker fewer than the cores would be one on two cores.
    runJest('unit tests', [...ci, '--selectProjects', 'unit', '--maxWorkers', String(availableParallelism()), ...jestArgs], { buffered: true, nice: 19 }),
    ...(shards === 1
      ? [runJest('integration tests', [...ci, ...integration, ...jestArgs], {})]
      : Array.from({ length: shards }, (_, i) =>
          runJest(`integration shard ${i + 1}/${shards}`, [...ci, ...integration, '--shard', `${i + 1}/${shards}`, ...jestArgs], {
            tag: `[shard ${i + 1}/${shards}]`,
            extraEnv: { TEST_SHARD: String(i + 1) },
          }),
        )),
  ];
  const results = await Promise.all(runs);
  for (const r of results) console.log(`[test] ${r.name} ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.time}`);
  const failed = results.find((r) => r.code !== 0);
  if (failed) process.exit(failed.code);
}
console.log(`[test] npm test took ${seconds(t0)}`);
