// `npm test`: installs what is missing, type-checks once, then runs every jest project (unit, integration and
// end-to-end) against the real PostgreSQL, Redis and Kafka. Extra arguments go to jest.
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
  console.log(`[test] typecheck passed in ${((Date.now() - tc) / 1000).toFixed(1)} s`);
}
run(bin('jest'), [...(process.env.CI ? ['--ci'] : []), ...jestArgs]);
console.log(`[test] npm test took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
