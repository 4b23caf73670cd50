import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * A lock between processes of this checkout (parallel test shards, a CLI): a file created exclusively, holding its
 * owner's pid. A lock whose owner has died is taken over at once; one older than `staleMs` is taken over too (its
 * owner hangs). Answers the release.
 */
export async function acquireFileLock(path: string, staleMs: number): Promise<() => void> {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch {
      if (lockIsStale(path, staleMs)) rmSync(path, { force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Runs `work` holding the lock at `path`. */
export async function withFileLock<T>(path: string, staleMs: number, work: () => Promise<T>): Promise<T> {
  const release = await acquireFileLock(path, staleMs);
  try {
    return await work();
  } finally {
    release();
  }
}

function lockIsStale(path: string, staleMs: number): boolean {
  try {
    if (Date.now() - statSync(path).mtimeMs > staleMs) return true;
    const pid = Number(readFileSync(path, 'utf8').trim());
    // Empty: its owner is between creating and writing it.
    return Number.isInteger(pid) && pid > 0 && !alive(pid);
  } catch {
    return false; // released meanwhile
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
