// Installs what a fresh clone needs before anything else runs: npm packages (npm ci, from the lockfile) and a
// check that the JDK and Maven that the local Kafka broker needs are on this machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

export function ensureDeps() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
    console.log('[setup] installing npm packages from the lockfile (npm ci)...');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  }
  for (const [cmd, args, hint] of [
    ['java', ['-version'], 'a JDK 17+ (apt-get install openjdk-17-jdk-headless)'],
    ['mvn', ['-v'], 'Apache Maven (apt-get install maven)'],
  ]) {
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    if (r.error || r.status !== 0) {
      throw new Error(`The local Kafka broker needs ${hint}; "${cmd}" was not found.`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDeps();
