// `npm start`: installs what a fresh clone needs, then brings the whole platform up (tools/stack/start.ts).
import { spawnSync } from 'node:child_process';
import { ROOT, ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const r = spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/stack/start.ts', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
