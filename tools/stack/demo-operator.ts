/**
 * The local stack's demo operator, so a new user can sign in to the console at once: `demo-admin` (admin), created
 * by `npm start` with the admin CLI the first time, its credentials kept in `.var/demo-operator.json` (mode 0600,
 * gitignored, this machine only). `npm run demo:totp` prints its current authenticator code.
 *
 * Local development only: a real operator is enrolled with `npm run admin -- operators create` and keeps their
 * password and TOTP secret to themselves.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@trustcircle/devstack';
import { runAdminCli } from '../../apps/console/src/cli/run-admin-cli';
import { totpCode } from '../../apps/console/src/auth/domain/totp';

export const DEMO_OPERATOR_NAME = 'demo-admin';
const FILE = join(ROOT, '.var', 'demo-operator.json');

/** The demo operator's sign-in credentials. */
export interface DemoOperator {
  name: string;
  password: string;
  totpSecret: string;
}

/**
 * Makes sure the demo operator exists with credentials this machine knows: creates it, or, when it exists but
 * `.var` lost its credentials (a new clone on the same database), issues new ones. Answers them.
 */
export async function ensureDemoOperator(env: Record<string, string>): Promise<DemoOperator> {
  const stored = readStored();
  const operators = (await admin(['operators', 'list', '--json'], env)) as Array<{ name: string; status: string }>;
  const existing = operators.find((o) => o.name === DEMO_OPERATOR_NAME);
  if (stored && existing?.status === 'ACTIVE') return stored;
  const issued = existing
    ? ((await admin(['operators', 'credentials', '--name', DEMO_OPERATOR_NAME, '--json'], env)) as DemoOperator)
    : ((await admin(['operators', 'create', '--name', DEMO_OPERATOR_NAME, '--role', 'admin', '--json'], env)) as DemoOperator);
  const demo: DemoOperator = { name: DEMO_OPERATOR_NAME, password: issued.password, totpSecret: issued.totpSecret };
  mkdirSync(join(ROOT, '.var'), { recursive: true });
  writeFileSync(FILE, JSON.stringify(demo, null, 2), { mode: 0o600 });
  return demo;
}

/** The demo operator's code now, or undefined before `npm start` created it. */
export function demoTotpNow(now = new Date()): string | undefined {
  const stored = readStored();
  return stored ? totpCode(stored.totpSecret, now) : undefined;
}

function readStored(): DemoOperator | undefined {
  if (!existsSync(FILE)) return undefined;
  const parsed = JSON.parse(readFileSync(FILE, 'utf8')) as Partial<DemoOperator>;
  return parsed.name === DEMO_OPERATOR_NAME && parsed.password && parsed.totpSecret ? (parsed as DemoOperator) : undefined;
}

async function admin(argv: string[], env: Record<string, string>): Promise<unknown> {
  let out = '';
  let err = '';
  const code = await runAdminCli(argv, env, { out: (t) => (out += t), err: (t) => (err += t) });
  if (code !== 0) throw new Error(`admin ${argv.slice(0, 2).join(' ')} failed (${code}): ${err.trim()}`);
  return JSON.parse(out);
}
