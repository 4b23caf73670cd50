import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_WEB_APP_DIST } from './web-app-options';

/** The web app's sources: `apps/console/web` (index.html, vite.config.mts, src/, public/). */
export const WEB_APP_ROOT = resolve(__dirname, '..', '..', 'web');

/** What {@link buildWebApp} did. */
export interface WebAppBuildResult {
  /** `built`, or `up-to-date` when the build is newer than every source file (nothing to do). */
  action: 'built' | 'up-to-date';
  /** How long it took, in milliseconds. */
  ms: number;
  /** Where the build is. */
  distDir: string;
}

/**
 * Builds the web app with Vite into `apps/console/web/dist` (what {@link WebAppModule} serves), unless the build is
 * already newer than every source file (`force` builds anyway). For `npm start` and the integration test setup; by
 * hand: `npm run web:build`.
 * @throws Error with the end of Vite's output when the build fails.
 */
export async function buildWebApp(options: { force?: boolean } = {}): Promise<WebAppBuildResult> {
  const t0 = Date.now();
  if (!options.force && (await isUpToDate())) return { action: 'up-to-date', ms: Date.now() - t0, distDir: DEFAULT_WEB_APP_DIST };
  await runVite(['build', '--config', join(WEB_APP_ROOT, 'vite.config.mts'), '--logLevel', 'warn']);
  return { action: 'built', ms: Date.now() - t0, distDir: DEFAULT_WEB_APP_DIST };
}

async function isUpToDate(): Promise<boolean> {
  const built = await stat(join(DEFAULT_WEB_APP_DIST, 'index.html')).catch(() => undefined);
  if (!built) return false;
  return (await newestSourceMtime(WEB_APP_ROOT)) < built.mtimeMs;
}

/** The newest modification time of the sources (the build output, dependencies and unit specs left out). */
async function newestSourceMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.endsWith('.spec.ts')) continue;
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? await newestSourceMtime(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

function runVite(args: string[]): Promise<void> {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [vite, ...args], { cwd: WEB_APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`vite build failed (exit ${code}):\n${output.trim()}`))));
  });
}
