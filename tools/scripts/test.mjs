// `npm test`: installs what is missing, type-checks once, then runs every jest project (unit, then integration
// and end-to-end against the real PostgreSQL, Redis and Kafka). Extra arguments go to jest.
//   --no-typecheck   skip the tsc pass (for quick local loops)
import { spawnSync } from 'node:child_process';
import { ROOT, ensureDeps } from './ensure-deps.mjs';

const args = process.argv.slice(2);
const skipTypecheck = args.includes('--no-typecheck');
const jestArgs = args.filter((a) => a !== '--no-typecheck');
const t0 = Date.now();

ensureDeps();
const bin = (name) => `${ROOT}/node_modules/.bin/${name}`;
function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!skipTypecheck) {
  const tc = Date.now();
  run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  // The browser app has browser libraries and JSX; the servers must not see DOM types, so it is its own project.
  run(bin('tsc'), ['-p', 'apps/console/web/tsconfig.json', '--noEmit']);
  console.log(`[test] typecheck passed in ${((Date.now() - tc) / 1000).toFixed(1)} s`);
}
// Unit tests run in parallel workers; integration and end-to-end tests run one file at a time, because they
// share the services' real consumer groups on one broker (as the services do in production).
const ci = process.env.CI ? ['--ci'] : [];
const selected = jestArgs.some((a) => a === '--selectProjects');
if (selected) run(bin('jest'), [...ci, ...jestArgs]);
else {
  run(bin('jest'), [...ci, '--selectProjects', 'unit', ...jestArgs]);
  run(bin('jest'), [...ci, '--selectProjects', 'integration', '--maxWorkers', '1', ...jestArgs]);
}
console.log(`[test] npm test took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
