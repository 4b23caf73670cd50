/**
 * Operator sign-in on the real stack (PostgreSQL, Redis, Kafka): enrolment, password + TOTP, access tokens that
 * work on the admin API, refresh rotation and reuse detection, sign-out, admin revocation, idle and absolute
 * session ends, the one generic 401, the rate limits, and the audit line of each — none holding a secret.
 */
import { randomUUID } from 'node:crypto';
import { type ConsoleTestKit as Kit, ConsoleTestKit, type EnrolledOperator, type TestResponse } from '../testing/console-test-kit';
import { refreshTokenHash } from './domain/refresh-token';

const PROBLEM = 'https://trustcircle.vn/problems/';

/** The claims of a JWT, unverified. */
function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The refresh-token cookie a response sets, as a `Cookie` header, and its attributes. */
function refreshCookie(res: TestResponse): { cookie: string; attributes: string } {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('tc_refresh='));
  if (!set) throw new Error('no tc_refresh cookie set');
  const [pair, ...attributes] = set.split(';');
  return { cookie: pair.trim(), attributes: attributes.map((a) => a.trim()).join('; ') };
}

describe('operator sign-in, sessions and their audit trail', () => {
  let kit: Kit;
  let admin: { token: string; operatorId: string; name: string };

  beforeAll(async () => {
    kit = await ConsoleTestKit.start();
    admin = await kit.tokenFor('admin');
  });
  afterAll(() => kit?.close());

  /** Every secret an operator was given or typed must be absent from every audit line about them. */
  async function expectNoSecretsInAudit(operator: EnrolledOperator, extra: string[] = []): Promise<void> {
    const rows = [...(await kit.auditRows({ operator_id: operator.id })), ...(await kit.auditRows({ target_id: operator.id }))];
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    for (const secret of [operator.password, operator.totpSecret, ...extra]) expect(text).not.toContain(secret);
  }

  it('enrols an operator, who signs in with password and current TOTP code; the access token works on the admin API', async () => {
    const ip = kit.newIp();
    const name = `lan-${Date.now().toString(36)}`;
    const created = await kit.request('POST', '/v1/admin/operators', { bearer: admin.token, body: { name, role: 'mediator' } });
    expect(created.status).toBe(201);
    const operatorId = created.body.id as string;

    const enrolled = await kit.request('POST', `/v1/admin/operators/${operatorId}/enrolment`, { bearer: admin.token });
    expect(enrolled.status).toBe(201);
    expect(enrolled.headers.get('cache-control')).toBe('no-store');
    const { password, totpSecret, totpUri } = enrolled.body as { password: string; totpSecret: string; totpUri: string };
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){4}$/);
    expect(totpUri).toBe(`otpauth://totp/TrustCircle:${name}?issuer=TrustCircle&secret=${totpSecret}&algorithm=SHA1&digits=6&period=30`);
    const operator: EnrolledOperator = { id: operatorId, name, role: 'mediator', password, totpSecret };

    const signedIn = await kit.request('POST', '/v1/auth/sessions', { ip, body: { name: name.toUpperCase(), password, totp: kit.totp(totpSecret) } });
    expect(signedIn.status).toBe(201);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    const body = signedIn.body as { accessToken: string; refreshToken: string; sessionId: string; expiresAt: string; expiresIn: number; sessionExpiresAt: string };
    expect(signedIn.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 600, operator: { id: operatorId, name, role: 'mediator' } });
    expect(body.refreshToken).toMatch(/^tcrt_[A-Za-z0-9_-]{43}$/);
    // The session ends 8 h after sign-in (ms), the token 600 s after its iat (whole seconds).
    const gap = new Date(body.sessionExpiresAt).getTime() - new Date(body.expiresAt).getTime();
    expect(gap).toBeGreaterThanOrEqual(8 * 3_600_000 - 600_000);
    expect(gap).toBeLessThan(8 * 3_600_000 - 600_000 + 1000);
    const claims = claimsOf(body.accessToken);
    expect(claims).toMatchObject({ sub: operatorId, name, role: 'mediator', sid: body.sessionId, iss: 'trustcircle-console', aud: 'trustcircle' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    const { cookie, attributes } = refreshCookie(signedIn);
    expect(cookie).toBe(`tc_refresh=${body.refreshToken}`);
    expect(attributes).toMatch(/Max-Age=28800/);
    expect(attributes).toContain('Path=/v1/auth');
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Strict');
    expect(attributes).not.toContain('Secure'); // plain http here; https or OPERATOR_REFRESH_COOKIE_SECURE add it

    expect((await kit.request('GET', '/v1/admin/partners?limit=1', { bearer: body.accessToken })).status).toBe(200);
    expect((await kit.request('POST', '/v1/admin/partners', { bearer: body.accessToken, body: { kind: 'MARKETPLACE', name: 'x' } })).status).toBe(403);

    // At rest: an argon2id hash with OWASP's parameters, the TOTP secret sealed, the refresh token hashed.
    const [credentials] = (await kit.db.query(`SELECT * FROM "console"."operator_credentials" WHERE operator_id = $1`, [operatorId])) as Array<Record<string, string>>;
    expect(credentials.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(credentials.totp_secret_sealed).not.toContain(totpSecret);
    expect(JSON.stringify(credentials)).not.toContain(password);
    const tokens = (await kit.db.query(`SELECT token_hash FROM "console"."operator_refresh_tokens" WHERE session_id = $1`, [body.sessionId])) as Array<{ token_hash: string }>;
    expect(tokens).toEqual([{ token_hash: refreshTokenHash(body.refreshToken) }]);

    const lines = await kit.auditRows({ target_id: operatorId });
    expect(lines.map((l) => [l.action, l.outcome, l.actor_type, l.operator_id, l.operator_role])).toEqual([
      ['operator.create', 'SUCCEEDED', 'OPERATOR', admin.operatorId, 'admin'],
      ['operator.enrol', 'SUCCEEDED', 'OPERATOR', admin.operatorId, 'admin'],
    ]);
    expect(lines[0].detail).toEqual({ body: { name, role: 'mediator' } });
    expect(lines[0].actor_name).toBe(admin.name);
    const [signInLine] = await kit.auditRows({ action: 'auth.sign-in', operator_id: operatorId });
    expect(signInLine).toMatchObject({ outcome: 'SUCCEEDED', actor_name: name, operator_role: 'mediator', target_type: 'session', target_id: body.sessionId, ip: `${ip}` });
    expect(signInLine.correlation_id).toBe(signedIn.headers.get('x-correlation-id'));
    await expectNoSecretsInAudit(operator, [body.refreshToken, body.accessToken]);
  });

  it('rotates the refresh token on refresh (body or cookie); presenting a used one revokes the session', async () => {
    const ip = kit.newIp();
    const operator = await kit.enrolOperator('viewer');
    const first = await kit.signIn(operator, { ip });
    const sessionId = first.body.sessionId as string;

    const second = await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken: first.body.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ sessionId, tokenType: 'Bearer', operator: { id: operator.id } });
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    expect(claimsOf(second.body.accessToken as string).sid).toBe(sessionId);
    const third = await kit.request('POST', '/v1/auth/sessions/refresh', { ip, cookie: refreshCookie(second).cookie });
    expect(third.status).toBe(200);
    expect((await kit.request('GET', '/v1/admin/operators', { bearer: third.body.accessToken as string })).status).toBe(200);

    const reused = await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken: first.body.refreshToken } });
    expect(reused.status).toBe(401);
    expect(reused.body).toMatchObject({ type: `${PROBLEM}session-ended`, status: 401 });
    expect(reused.headers.getSetCookie()).toEqual(['tc_refresh=; Path=/v1/auth; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict']);
    // The whole session is gone: the latest refresh token and access token too.
    expect((await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken: third.body.refreshToken } })).status).toBe(401);
    const afterwards = await kit.request('GET', '/v1/admin/operators', { bearer: third.body.accessToken as string });
    expect(afterwards.status).toBe(401);
    expect(afterwards.body).toMatchObject({ type: `${PROBLEM}invalid-credentials` });
    const [session] = (await kit.db.query(`SELECT revoked_reason FROM "console"."operator_sessions" WHERE id = $1`, [sessionId])) as Array<{ revoked_reason: string }>;
    expect(session.revoked_reason).toBe('REFRESH_TOKEN_REUSED');

    const refreshes = await kit.auditRows({ action: 'auth.refresh', target_id: sessionId });
    expect(refreshes.map((r) => [r.outcome, r.detail])).toEqual([
      ['SUCCEEDED', {}],
      ['SUCCEEDED', {}],
      ['FAILED', { reason: 'token-reused' }],
      ['FAILED', { reason: 'revoked' }],
    ]);
    const malformed = await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: {} });
    expect(malformed.status).toBe(401);
    await expectNoSecretsInAudit(operator, [first.body.refreshToken as string, second.body.refreshToken as string, third.body.refreshToken as string]);
  });

  it('signs out: the refresh token and the access token stop at once, the cookie is cleared; a CLI token has no session to end', async () => {
    const ip = kit.newIp();
    const operator = await kit.enrolOperator('mediator');
    const signedIn = await kit.signIn(operator, { ip });
    const access = signedIn.body.accessToken as string;

    const out = await kit.request('DELETE', '/v1/auth/sessions/current', { ip, bearer: access });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^tc_refresh=;.*Path=\/v1\/auth/);
    expect((await kit.request('GET', '/v1/admin/operators', { bearer: access })).status).toBe(401);
    expect((await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken: signedIn.body.refreshToken } })).status).toBe(401);
    expect((await kit.request('DELETE', '/v1/auth/sessions/current', { ip, bearer: access })).status).toBe(401);
    const [line] = await kit.auditRows({ action: 'auth.sign-out', target_id: signedIn.body.sessionId as string });
    expect(line).toMatchObject({ outcome: 'SUCCEEDED', actor_type: 'OPERATOR', operator_id: operator.id, actor_name: operator.name });

    const cli = await kit.request('DELETE', '/v1/auth/sessions/current', { bearer: admin.token });
    expect(cli.status).toBe(400);
    expect(cli.body).toMatchObject({ type: `${PROBLEM}not-a-session-token` });
  });

  it('lets an admin end every session of an operator (a mediator may not); the operator can sign in again', async () => {
    const ip = kit.newIp();
    const operator = await kit.enrolOperator('mediator');
    const laptop = await kit.signIn(operator, { ip });
    const phone = await kit.signIn(operator, { ip, nextCode: true });
    expect([laptop.status, phone.status]).toEqual([201, 201]);

    const mediator = await kit.signIn(operator, { ip, nextCode: true });
    expect((await kit.request('DELETE', `/v1/admin/operators/${operator.id}/sessions`, { bearer: mediator.body.accessToken as string })).status).toBe(403);

    const revoked = await kit.request('DELETE', `/v1/admin/operators/${operator.id}/sessions`, { bearer: admin.token });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ operatorId: operator.id, revokedSessions: 3 });
    for (const s of [laptop, phone, mediator]) {
      expect((await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken: s.body.refreshToken } })).status).toBe(401);
      expect((await kit.request('GET', '/v1/admin/operators', { bearer: s.body.accessToken as string })).status).toBe(401);
    }
    const reasons = (await kit.db.query(`SELECT DISTINCT revoked_reason FROM "console"."operator_sessions" WHERE operator_id = $1`, [operator.id])) as Array<{ revoked_reason: string }>;
    expect(reasons).toEqual([{ revoked_reason: 'REVOKED_BY_ADMIN' }]);
    expect((await kit.request('DELETE', `/v1/admin/operators/${randomUUID()}/sessions`, { bearer: admin.token })).status).toBe(404);
    expect((await kit.signIn(operator, { ip, nextCode: true })).status).toBe(201);

    // The mediator's attempt was refused before the handler: it is in the security log, not the audit trail.
    const lines = await kit.auditRows({ action: 'operator.sessions.revoke', target_id: operator.id });
    expect(lines.map((l) => [l.outcome, l.operator_id, l.detail])).toEqual([['SUCCEEDED', admin.operatorId, { params: { operatorId: operator.id } }]]);
  });

  it('answers one generic 401 for a wrong password, a wrong code, a used code, an unknown name and a disabled operator, and audits each reason', async () => {
    const ip = kit.newIp();
    const operator = await kit.enrolOperator('viewer');
    const attempt = (body: object) => kit.request('POST', '/v1/auth/sessions', { ip, body: { name: operator.name, password: operator.password, totp: kit.totp(operator.totpSecret), ...body } });
    const code = kit.totp(operator.totpSecret);
    const wrongCode = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

    const refusals = [await attempt({ password: `${operator.password}x` }), await attempt({ totp: wrongCode })];
    expect((await attempt({ totp: code })).status).toBe(201);
    refusals.push(await attempt({ totp: code })); // the same code again
    refusals.push(await attempt({ name: `nobody-${randomUUID()}` }));
    await kit.db.query(`UPDATE "console"."operators" SET status = 'DISABLED' WHERE id = $1`, [operator.id]);
    kit.advanceWithoutSweep(30_000);
    refusals.push(await attempt({}));

    for (const r of refusals) {
      expect(r.status).toBe(401);
      expect({ ...r.body, instance: undefined, correlationId: undefined }).toEqual({
        type: `${PROBLEM}sign-in-failed`,
        title: 'Sign-in failed',
        status: 401,
        detail: 'The name, password or code is not right. Check them and try again with a new code.',
        instance: undefined,
        correlationId: undefined,
      });
    }
    const failed = (await kit.auditRows({ action: 'auth.sign-in', ip: `${ip}` })).filter((l) => l.outcome === 'FAILED');
    expect(failed.map((l) => [l.actor_type, l.operator_id, l.target_id, l.detail])).toEqual([
      ['ANONYMOUS', null, operator.id, { reason: 'wrong-password' }],
      ['ANONYMOUS', null, operator.id, { reason: 'wrong-totp' }],
      ['ANONYMOUS', null, operator.id, { reason: 'totp-replayed' }],
      ['ANONYMOUS', null, null, { reason: 'unknown-operator' }],
      ['ANONYMOUS', null, operator.id, { reason: 'disabled' }],
    ]);
    const text = JSON.stringify(await kit.auditRows({ ip: `${ip}` }));
    for (const secret of [operator.password, operator.totpSecret, code, wrongCode]) expect(text).not.toContain(secret);
  });

  it('rate-limits sign-in: the 11th attempt for a name in 15 minutes gets 429, even with the right credentials; an IP, its 31st', async () => {
    const operator = await kit.enrolOperator('viewer');
    const wrong = await Promise.all(
      Array.from({ length: 10 }, () => kit.request('POST', '/v1/auth/sessions', { ip: kit.newIp(), body: { name: operator.name, password: 'wrong', totp: '000000' } })),
    );
    expect(wrong.map((r) => r.status)).toEqual(Array(10).fill(401));
    const limited = await kit.signIn(operator, { ip: kit.newIp() });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ type: `${PROBLEM}rate-limited`, limit: 'operator-sign-in-per-name' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(840);
    // Rate-limited attempts never reach the credentials: no session, no line.
    expect((await kit.auditRows({ action: 'auth.sign-in', target_id: operator.id })).map((l) => l.outcome)).toEqual(Array(10).fill('FAILED'));

    const ip = kit.newIp();
    // Counted atomically: of 31 concurrent attempts from one IP, exactly 30 are let through.
    const attempts = await Promise.all(
      Array.from({ length: 31 }, (_, i) => kit.request('POST', '/v1/auth/sessions', { ip, body: { name: `nobody-${i}-${randomUUID()}`, password: 'x', totp: '000000' } })),
    );
    expect(attempts.map((r) => r.status).sort()).toEqual([...Array(30).fill(401), 429]);
    expect(attempts.find((r) => r.status === 429)?.body).toMatchObject({ limit: 'operator-sign-in-per-ip' });
  });

  it('reads the audit trail (admins only), filtered and paged; its lines cannot be changed or deleted; partner changes are audited without secrets', async () => {
    const viewer = await kit.tokenFor('viewer');
    const partner = await kit.request('POST', '/v1/admin/partners', { bearer: admin.token, body: { kind: 'COURIER', name: 'Giao Hàng Test 0901234567' } });
    expect(partner.status).toBe(201);
    const partnerId = (partner.body.partner as { id: string }).id;
    const rotated = await kit.request('POST', `/v1/admin/partners/${partnerId}/credential-rotations`, { bearer: admin.token, body: { credential: 'all', overlapHours: 1 } });
    expect(rotated.status).toBe(201);
    expect((await kit.request('POST', `/v1/admin/partners/${randomUUID()}/disable`, { bearer: admin.token })).status).toBe(404);

    const page1 = await kit.request('GET', `/v1/admin/audit?targetId=${partnerId}&limit=1`, { bearer: admin.token });
    expect(page1.status).toBe(200);
    const items1 = page1.body.items as Array<Record<string, unknown>>;
    expect(items1).toHaveLength(1);
    expect(items1[0]).toMatchObject({
      action: 'partner.credentials.rotate',
      outcome: 'SUCCEEDED',
      actor: { type: 'OPERATOR', operatorId: admin.operatorId, name: admin.name, role: 'admin' },
      target: { type: 'partner', id: partnerId },
      detail: { params: { partnerId }, body: { credential: 'all', overlapHours: 1 } },
      origin: { ip: '127.0.0.1' },
    });
    const page2 = await kit.request('GET', `/v1/admin/audit?targetId=${partnerId}&limit=1&cursor=${page1.body.nextCursor as string}`, { bearer: admin.token });
    const items2 = page2.body.items as Array<Record<string, unknown>>;
    expect(items2).toMatchObject([{ action: 'partner.create', detail: { body: { kind: 'COURIER', name: 'Giao Hàng Test 090****567' } } }]);
    expect(page2.body.nextCursor).toBeNull();
    const credentials = { ...(partner.body.credentials as Record<string, string>), ...(rotated.body.credentials as Record<string, string>) };
    const text = JSON.stringify([items1, items2]);
    for (const secret of [credentials.apiKey, credentials.webhookSecret]) expect(text).not.toContain(secret);

    const failed = await kit.request('GET', `/v1/admin/audit?operatorId=${admin.operatorId}&action=partner.*&from=${encodeURIComponent(new Date(kit.now().getTime() - 60_000).toISOString())}`, { bearer: admin.token });
    expect((failed.body.items as Array<{ action: string; outcome: string; detail: object }>).map((i) => [i.action, i.outcome])).toEqual([
      ['partner.disable', 'FAILED'],
      ['partner.credentials.rotate', 'SUCCEEDED'],
      ['partner.create', 'SUCCEEDED'],
    ]);
    expect((failed.body.items as Array<{ detail: object }>)[0].detail).toMatchObject({ error: { status: 404, type: 'partner-not-found' } });
    expect((await kit.request('GET', '/v1/admin/audit?from=yesterday', { bearer: admin.token })).status).toBe(400);
    expect((await kit.request('GET', '/v1/admin/audit', { bearer: viewer.token })).status).toBe(403);

    await expect(kit.db.query(`UPDATE "console"."audit_log" SET outcome = 'FAILED' WHERE target_id = $1`, [partnerId])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(kit.db.query(`DELETE FROM "console"."audit_log" WHERE target_id = $1`, [partnerId])).rejects.toThrow(/append-only: DELETE refused/);
    expect(await kit.auditRows({ target_id: partnerId })).toHaveLength(2);
  });

  // Moves the app clock by hours: last, so that the tests above keep their clock.
  it('ends a session after 30 minutes without a refresh, and 8 hours after sign-in however active', async () => {
    const ip = kit.newIp();
    const operator = await kit.enrolOperator('viewer');
    const idle = await kit.signIn(operator, { ip });
    kit.advanceWithoutSweep(31 * 60_000);
    expect((await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken: idle.body.refreshToken } })).status).toBe(401);

    const active = await kit.signIn(operator, { ip });
    let refreshToken = active.body.refreshToken as string;
    const refresh = async (): Promise<TestResponse> => {
      const r = await kit.request('POST', '/v1/auth/sessions/refresh', { ip, body: { refreshToken } });
      if (r.status === 200) refreshToken = r.body.refreshToken as string;
      return r;
    };
    for (let i = 0; i < 16; i++) {
      kit.advanceWithoutSweep(29 * 60_000);
      expect((await refresh()).status).toBe(200);
    }
    kit.advanceWithoutSweep(11 * 60_000); // 475 minutes after sign-in: the access token stops at the session's end
    const late = await refresh();
    // 300 s left, less the real time this test has taken since the sign-in (the app clock runs on meanwhile).
    expect(late.body.expiresIn).toBeGreaterThan(290);
    expect(late.body.expiresIn).toBeLessThanOrEqual(300);
    expect(new Date(late.body.expiresAt as string).getTime()).toBeLessThanOrEqual(new Date(late.body.sessionExpiresAt as string).getTime());
    kit.advanceWithoutSweep(5 * 60_000);
    expect((await refresh()).status).toBe(401);

    const failures = await kit.auditRows({ action: 'auth.refresh', operator_id: operator.id });
    expect(failures.filter((l) => l.outcome === 'FAILED').map((l) => [l.target_id, l.detail])).toEqual([
      [idle.body.sessionId, { reason: 'idle' }],
      [active.body.sessionId, { reason: 'expired' }],
    ]);
  });
});
