// `npm run admin -- <command> [options]`: runs tools/scripts/admin.ts (TypeScript, through @swc-node/register)
// with the same arguments and environment, and exits with its exit code. See `npm run admin -- --help`.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const r = spawnSync(process.execPath, ['-r', '@swc-node/register', resolve(ROOT, 'tools/scripts/admin.ts'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' },
});
if (r.error) {
  console.error(`admin: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
