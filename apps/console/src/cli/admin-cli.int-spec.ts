import { spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { apiKeyHash } from '@trustcircle/security';
import { nodeEntry } from '@trustcircle/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { DataSource } from 'typeorm';
import { type ConsoleTestApp, createConsoleTestApp } from '../../test/console-test-app';
import { totpCode } from '../auth/domain/totp';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
// Each command boots a process (PostgreSQL, Kafka): a few seconds.
jest.setTimeout(60_000);

/**
 * Runs the admin CLI with `args` and the test environment: `npm run -s admin -- …args` as an operator would in a
 * shell (TypeScript through swc), or the run's compiled copy (the global setup's build, as the container image
 * runs it: twice as quick to start).
 */
function admin(args: string[], via: 'npm' | 'compiled' = 'compiled'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [cmd, argv] = via === 'npm' ? ['npm', ['run', '-s', 'admin', '--', ...args]] : [process.execPath, [...nodeEntry('tools/scripts/admin'), ...args]];
  return new Promise((done, fail) => {
    const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('admin CLI (npm run admin and its compiled copy, child processes, test environment)', () => {
  let t: ConsoleTestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createConsoleTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t.close());

  it('creates a payment partner with --json: exactly one JSON object on stdout, its event already published', async () => {
    const marketplace = await admin(['partners', 'create', '--kind', 'marketplace', '--name', `Sàn CLI ${randomUUID().slice(0, 6)}`, '--json'], 'npm');
    expect(marketplace.code).toBe(0);
    const m = JSON.parse(marketplace.stdout) as { id: string; kind: string; apiKey: string };
    expect(Object.keys(m).sort()).toEqual(['apiKey', 'id', 'kind', 'webhookSecret']);

    const res = await admin(['partners', 'create', '--kind', 'payment-partner', '--name', 'VNPAY CLI', '--marketplace', m.id, '--json']);
    expect(res.code).toBe(0);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    const created = JSON.parse(res.stdout) as { id: string; kind: string; apiKey: string; webhookSecret: string };
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), kind: 'payment-partner', apiKey: expect.stringMatching(/^tc_pay_/), webhookSecret: expect.stringMatching(/^whsec_/) });

    const [row] = (await db.query(`SELECT sha256 FROM "console"."partner_credentials" WHERE partner_id = $1 AND type = 'API_KEY'`, [created.id])) as Array<{ sha256: string }>;
    expect(row.sha256).toBe(apiKeyHash(created.apiKey));
    const events = (await db.query(`SELECT envelope, published_at FROM "console"."outbox" WHERE key = $1`, [created.id])) as Array<{ envelope: object; published_at: Date | null }>;
    expect(events).toHaveLength(1);
    expect(events[0].published_at).not.toBeNull();
    expect(events[0].envelope).toMatchObject({ data: { kind: 'PAYMENT_PARTNER', marketplaceIds: [m.id] } });
    expect(JSON.stringify(events[0].envelope)).not.toContain(created.webhookSecret.slice(6));
  });

  it('exits 2 with a clear message and nothing on stdout for a bad command line', async () => {
    const res = await admin(['partners', 'create', '--kind', 'shop', '--name', 'X', '--json']);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('--kind must be one of marketplace, courier, payment-partner');
  });

  it('creates an operator with sign-in credentials, prints a token the console accepts, ends their sessions, audits it all; refuses an unknown operator with exit 1', async () => {
    const name = `cli-admin-${randomUUID().slice(0, 8)}`;
    const created = await admin(['operators', 'create', '--name', name, '--role', 'admin', '--json']);
    expect(created.code).toBe(0);
    const operator = JSON.parse(created.stdout) as { id: string; role: string; password: string; totpSecret: string; totpUri: string };
    expect(operator).toMatchObject({ name, role: 'admin', status: 'ACTIVE', password: expect.stringMatching(/^[a-z2-9]{5}(-[a-z2-9]{5}){4}$/) });
    expect(operator.totpUri).toBe(`otpauth://totp/TrustCircle:${name}?issuer=TrustCircle&secret=${operator.totpSecret}&algorithm=SHA1&digits=6&period=30`);
    const server = t.app.getHttpServer() as App;
    const session = await request(server).post('/v1/auth/sessions').send({ name, password: operator.password, totp: totpCode(operator.totpSecret, new Date()) });
    expect(session.status).toBe(201);

    const token = await admin(['operators', 'token', '--name', name]);
    expect(token.code).toBe(0);
    const jwt = token.stdout.trim();
    expect(jwt.split('.')).toHaveLength(3);
    expect((await request(server).get('/v1/admin/partners?limit=1').set('authorization', `Bearer ${jwt}`)).status).toBe(200);

    const revoked = await admin(['operators', 'revoke-sessions', '--name', name]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toBe(`Ended 1 session(s) of "${name}" (${operator.id}).\n`);
    expect((await request(server).post('/v1/auth/sessions/refresh').send({ refreshToken: session.body.refreshToken })).status).toBe(401);

    const audit = (await db.query(`SELECT actor_type, actor_name, action, user_agent, detail FROM "console"."audit_log" WHERE target_id = $1 AND actor_type = 'CLI' ORDER BY seq`, [
      operator.id,
    ])) as Array<{ actor_type: string; actor_name: string; action: string; user_agent: string; detail: object }>;
    expect(audit.map((a) => a.action)).toEqual(['operator.create', 'operator.token.issue', 'operator.sessions.revoke']);
    expect(audit[0]).toMatchObject({ actor_name: userInfo().username, user_agent: 'trustcircle-admin-cli', detail: { name, role: 'admin', enrolled: true } });
    expect(JSON.stringify(audit)).not.toContain(operator.password);
    expect(JSON.stringify(audit)).not.toContain(operator.totpSecret);
    expect(JSON.stringify(audit)).not.toContain(jwt);

    const unknown = await admin(['operators', 'token', '--name', `nobody-${randomUUID()}`]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('No operator named');
  });
});
