/** Background service processes of the local stack: pid files under `.var/run`, logs under `.var/logs`. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@trustcircle/devstack';

const RUN = join(ROOT, '.var', 'run');
export const LOGS = join(ROOT, '.var', 'logs');

export function runningPid(name: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(RUN, `${name}.pid`), 'utf8'));
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Starts `node -r @swc-node/register <script> [...args]` in the background. */
export function startProcess(name: string, script: string, env: Record<string, string>, args: readonly string[] = []): number {
  mkdirSync(RUN, { recursive: true });
  mkdirSync(LOGS, { recursive: true });
  const out = openSync(join(LOGS, `${name}.log`), 'a');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    detached: true,
    stdio: ['ignore', out, out],
  });
  if (!child.pid) throw new Error(`could not start ${name}`);
  writeFileSync(join(RUN, `${name}.pid`), String(child.pid));
  child.unref();
  return child.pid;
}

/** SIGTERM, then SIGKILL after `graceMs`. Returns whether a process was running. */
export async function stopProcess(name: string, graceMs = 15_000): Promise<boolean> {
  const pid = runningPid(name);
  rmSync(join(RUN, `${name}.pid`), { force: true });
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  process.kill(pid, 'SIGKILL');
  return true;
}

export function logTail(name: string, lines = 25): string {
  const file = join(LOGS, `${name}.log`);
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
