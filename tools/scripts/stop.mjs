// `npm stop`: stops the services and the Kafka broker that `npm start` started.
import { spawnSync } from 'node:child_process';
import { ROOT } from './ensure-deps.mjs';

const r = spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/stack/stop.ts'], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
