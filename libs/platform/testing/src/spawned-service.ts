import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEST_INFRA } from './test-infra';
import { waitFor } from './wait-for';

const ROOT = resolve(__dirname, '..', '..', '..', '..');

/**
 * How a spawned service (or the admin CLI) runs: the run's compiled JavaScript when the global setup built it
 * (`TEST_DIST_DIR`: tools/deploy/build-dist.ts, as the container image runs the services; it starts in half the
 * time), else the TypeScript sources through `@swc-node/register`. `script` is repository-relative, without extension.
 */
export function nodeEntry(script: string, dist = process.env.TEST_DIST_DIR): string[] {
  return dist ? [join(dist, `${script}.js`)] : ['-r', '@swc-node/register', join(ROOT, `${script}.ts`)];
}

function serviceEntry(app: string): string[] {
  return nodeEntry(`apps/${app}/src/main`);
}

/**
 * Runs one service as a real child process (for crash tests: SIGKILL needs a process boundary). Output goes to
 * the shard's run directory, `logs/<name>.log` (`.var/test-run/logs/` unsharded).
 */
export class SpawnedService {
  private child: ChildProcess | undefined;
  private exit: Promise<number | null> | undefined;

  constructor(
    readonly name: string,
    private readonly app: string,
    private readonly env: Record<string, string>,
    private readonly port: number,
  ) {}

  /** Starts the process and waits until /health/live answers. */
  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    const logs = join(ROOT, TEST_INFRA.runDir, 'logs');
    mkdirSync(logs, { recursive: true });
    const out = createWriteStream(join(logs, `${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, serviceEntry(this.app), {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.env, ...extraEnv, HTTP_PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Two sources share one file: neither may end it (the first to finish would, and the other's next line would then
    // be a "write after end" error); it ends when the process has closed both.
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    child.once('close', () => out.end());
    this.child = child;
    this.exit = new Promise((r) => child.on('exit', (code) => r(code)));
    // A process that exits while starting fails the start at once (not after the timeout).
    let exited: ((code: string) => void) | undefined;
    const early = new Promise<never>((_, reject) => (exited = (code) => reject(new Error(`${this.name} exited (${code}) while starting`))));
    early.catch(() => undefined);
    let gone = false;
    const onExit = (code: number | null, signal: string | null): void => {
      gone = true;
      exited?.(String(code ?? signal));
    };
    child.once('exit', onExit);
    try {
      await Promise.race([
        early,
        waitFor(
          async () => {
            if (gone) return true; // the start already failed: stop polling
            const res = await fetch(`http://127.0.0.1:${this.port}/health/live`).catch(() => undefined);
            return res?.ok;
          },
          { timeoutMs: 60_000, intervalMs: 200, what: `${this.name} to answer /health/live` },
        ),
      ]);
    } finally {
      child.off('exit', onExit);
    }
  }

  /** Resolves with the exit code or signal once the process has ended (e.g. after a fault point fired). */
  async exited(timeoutMs = 30_000): Promise<string> {
    const child = this.child;
    if (!child) throw new Error('not started');
    await waitFor(() => child.exitCode !== null || child.signalCode !== null, { timeoutMs, what: `${this.name} to exit` });
    return String(child.signalCode ?? child.exitCode);
  }

  /** Sends SIGKILL and waits for the process to end. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exit;
  }

  /** Sends SIGTERM (graceful shutdown) and waits. */
  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exit;
    clearTimeout(timer);
  }

  /** Freezes the process (SIGSTOP): it holds its connections but answers nothing, heartbeats included. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** Lets a frozen process run again (SIGCONT). */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** True while the process runs (or is frozen). */
  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }
}
