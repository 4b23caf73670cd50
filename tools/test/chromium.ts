/**
 * Debian's Chromium for the browser tests (test/browser, Playwright's `playwright-core` driving it): found where
 * Debian puts it, or installed with apt-get when missing. Nothing is downloaded beside the package manager: no
 * browser build of Playwright's own.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's packages put the browser (`chromium`; older images and Ubuntu's `chromium-browser`). */
export const CHROMIUM_CANDIDATES: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Debian package to install. */
export const CHROMIUM_PACKAGE = 'chromium';

/** The flags the browser tests launch Chromium with: headless in a container, nothing phoning home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What {@link ensureChromium} did. */
export interface ChromiumResult {
  path: string;
  /** `found`, or `installed` with apt-get by this call. */
  action: 'found' | 'installed';
  ms: number;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable: `CHROMIUM_PATH` when set (it must be executable), else the first of
 * {@link CHROMIUM_CANDIDATES} that exists; undefined when there is none.
 * @throws Error when CHROMIUM_PATH names no executable file
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    if (!isExecutable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file.`);
    return given;
  }
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

/** The Chromium executable, or an error that says what to install. For the browser specs. @throws Error */
export function requireChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(missingMessage('it is not installed'));
  return path;
}

function missingMessage(why: string): string {
  return (
    `The browser tests need Chromium and ${why}. Install Debian's "${CHROMIUM_PACKAGE}" package ` +
    `(apt-get install -y --no-install-recommends ${CHROMIUM_PACKAGE}, as root), or set CHROMIUM_PATH to a Chromium or Chrome executable.`
  );
}

/**
 * Finds Chromium, or installs Debian's package with apt-get (as root, or through `sudo -n` when not root and sudo
 * exists; after an `apt-get update` when the package lists do not know it yet). A no-op when it is there.
 * @throws Error naming the package to install when that fails
 */
export async function ensureChromium(log: (message: string) => void = () => undefined): Promise<ChromiumResult> {
  const t0 = Date.now();
  const found = findChromium();
  if (found) return { path: found, action: 'found', ms: Date.now() - t0 };

  const root = process.getuid?.() === 0;
  const sudo = !root && ['/usr/bin/sudo', '/bin/sudo'].some(isExecutable);
  if (!root && !sudo) throw new Error(missingMessage('this user can neither install it (not root) nor use sudo'));
  const apt = (args: string[]): Promise<{ stdout: string; stderr: string }> => {
    const [cmd, argv] = sudo ? ['sudo', ['-n', 'apt-get', ...args]] : ['apt-get', args];
    return run(cmd, argv, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  };
  const install = (): Promise<unknown> => apt(['install', '-y', '--no-install-recommends', CHROMIUM_PACKAGE]);

  log(`Chromium not found: installing Debian's "${CHROMIUM_PACKAGE}" package with apt-get${sudo ? ' (sudo)' : ''}…`);
  try {
    try {
      await install();
    } catch (first) {
      // A fresh image may have no (or stale) package lists: update them once, then try again.
      log(`apt-get install failed (${tail(first)}); running apt-get update and trying again…`);
      await apt(['update']);
      await install();
    }
  } catch (error) {
    throw new Error(`${missingMessage('installing it failed')}\napt-get said: ${tail(error)}`);
  }
  const path = findChromium();
  if (!path) throw new Error(missingMessage(`apt-get installed "${CHROMIUM_PACKAGE}" but none of ${CHROMIUM_CANDIDATES.join(', ')} exists`));
  return { path, action: 'installed', ms: Date.now() - t0 };
}

/** The last lines of a failed command's output, for the error message. */
function tail(error: unknown): string {
  const e = error as { stderr?: string; stdout?: string; message?: string };
  const text = (e.stderr || e.stdout || e.message || String(error)).trim();
  return text.split('\n').slice(-5).join(' | ');
}
