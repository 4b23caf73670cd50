import { ApiError } from '../../api/api-error';
import type { FetchLike } from '../../api/http-client';
import { OperatorHttpClient } from '../api/operator-http-client';
import { freshMarginMs, OperatorSessionStore, type SessionAnswer, type Timers } from './operator-session';

interface Call {
  url: string;
  method: string;
  authorization: string | undefined;
  body: unknown;
}

const T0 = Date.parse('2026-11-30T01:00:00Z');

function answer(token: string, expiresAtMs: number, role: 'viewer' | 'mediator' | 'admin' = 'mediator'): SessionAnswer {
  return {
    tokenType: 'Bearer',
    accessToken: token,
    expiresAt: new Date(expiresAtMs).toISOString(),
    expiresIn: 600,
    refreshToken: 'tcrt_never_kept',
    sessionId: 's-1',
    sessionExpiresAt: new Date(T0 + 8 * 3600_000).toISOString(),
    operator: { id: 'op-1', name: 'nguyen.lan', role },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });
const problem = (status: number, type: string) => json(status, { type: `https://trustcircle.vn/problems/${type}`, title: type, status });

/** A fake console: answers by method and path, records the calls. */
function fakeConsole(routes: Record<string, (call: Call) => Response | Promise<Response>>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    const call: Call = { url, method: String(init.method), authorization: headers.Authorization, body: init.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const route = routes[`${call.method} ${url}`];
    if (!route) throw new TypeError('Failed to fetch');
    return route(call);
  };
  return { fetch, calls };
}

/** Timers run by hand: `advance(ms)` moves the clock and fires what fell due. */
function fakeTime() {
  let now = T0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => pending.delete(id as number),
  };
  return {
    timers,
    now: () => now,
    pending: () => [...pending.values()].map((p) => p.at - now),
    async advance(ms: number) {
      now += ms;
      for (const [id, p] of [...pending]) {
        if (p.at <= now) {
          pending.delete(id);
          p.run();
        }
      }
      // Let the refresh's promise chain settle.
      for (let i = 0; i < 20; i++) await Promise.resolve();
    },
  };
}

const noLock = <T>(run: () => Promise<T>) => run();

describe(OperatorSessionStore.name, () => {
  it('signs in, keeps the token in memory only and schedules a refresh a minute before it expires', async () => {
    const time = fakeTime();
    const api = fakeConsole({ 'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000, 'admin')) });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    const changes: string[] = [];
    store.subscribe(() => changes.push(store.getState().status));

    const operator = await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });

    expect(operator).toEqual({ id: 'op-1', name: 'nguyen.lan', role: 'admin' });
    expect(api.calls).toEqual([{ url: '/v1/auth/sessions', method: 'POST', authorization: undefined, body: { name: 'nguyen.lan', password: 'pw', totp: '123456' } }]);
    expect(store.getState()).toEqual({ status: 'signed-in', operator, expiresAt: T0 + 600_000, sessionExpiresAt: T0 + 8 * 3600_000 });
    expect(changes).toEqual(['signed-in']);
    expect(await store.fresh()).toBe('tok-1');
    expect(time.pending()).toEqual([540_000]);
    expect(JSON.stringify(store)).not.toContain('tcrt_never_kept');
  });

  it('refreshes through the cookie before the token expires, again and again', async () => {
    const time = fakeTime();
    let n = 1;
    const api = fakeConsole({
      'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)),
      'POST /v1/auth/sessions/refresh': () => json(200, answer(`tok-${++n}`, time.now() + 600_000)),
    });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });

    await time.advance(540_000);
    expect(await store.fresh()).toBe('tok-2');
    await time.advance(540_000);
    expect(await store.fresh()).toBe('tok-3');
    const refreshes = api.calls.filter((c) => c.url.endsWith('/refresh'));
    expect(refreshes).toHaveLength(2);
    // The cookie carries the refresh token: the body is empty and no bearer is sent.
    expect(refreshes.every((c) => JSON.stringify(c.body) === '{}' && c.authorization === undefined)).toBe(true);
  });

  it('restores the session on page load from the cookie, once however many ask', async () => {
    const time = fakeTime();
    const api = fakeConsole({ 'POST /v1/auth/sessions/refresh': () => json(200, answer('tok-r', T0 + 600_000, 'viewer')) });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    expect(store.getState()).toEqual({ status: 'unknown' });

    await Promise.all([store.restore(), store.restore(), store.fresh()]);

    expect(api.calls).toHaveLength(1);
    expect(store.getState()).toMatchObject({ status: 'signed-in', operator: { name: 'nguyen.lan', role: 'viewer' } });
    expect(await store.fresh()).toBe('tok-r');
  });

  it('without a session to restore, answers signed out (reason none)', async () => {
    const time = fakeTime();
    const api = fakeConsole({ 'POST /v1/auth/sessions/refresh': () => problem(401, 'session-ended') });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.restore();
    expect(store.getState()).toEqual({ status: 'signed-out', reason: 'none' });
    expect(await store.fresh()).toBeNull();
  });

  it('when a refresh is refused the session has ended: signed out, the token forgotten, no more refreshes', async () => {
    const time = fakeTime();
    const api = fakeConsole({
      'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)),
      'POST /v1/auth/sessions/refresh': () => problem(401, 'session-ended'),
    });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    await time.advance(540_000);
    expect(store.getState()).toEqual({ status: 'signed-out', reason: 'ended' });
    expect(await store.fresh()).toBeNull();
    expect(time.pending()).toEqual([]);
  });

  it('keeps the token and retries later when a refresh gets no answer', async () => {
    const time = fakeTime();
    let down = true;
    const api = fakeConsole({
      'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)),
      'POST /v1/auth/sessions/refresh': () => {
        if (down) throw new TypeError('Failed to fetch');
        return json(200, answer('tok-2', time.now() + 600_000));
      },
    });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    await time.advance(540_000);
    expect(store.getState().status).toBe('signed-in');
    expect(time.pending()).toEqual([2_000]);
    down = false;
    await time.advance(2_000);
    expect(await store.fresh()).toBe('tok-2');
  });

  it('refreshes a token about to expire before handing it out, and one refresh serves every caller', async () => {
    const time = fakeTime();
    let release: () => void = () => undefined;
    const api = fakeConsole({
      'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)),
      'POST /v1/auth/sessions/refresh': () => new Promise<Response>((resolve) => (release = () => resolve(json(200, answer('tok-2', time.now() + 600_000))))),
    });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: { setTimeout: () => 0, clearTimeout: () => undefined }, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    await time.advance(580_000);
    const tokens = Promise.all([store.fresh(), store.fresh(), store.renew()]);
    await Promise.resolve();
    release();
    expect(await tokens).toEqual(['tok-2', 'tok-2', 'tok-2']);
    expect(api.calls.filter((c) => c.url.endsWith('/refresh'))).toHaveLength(1);
  });

  it('does not refresh a short-lived token at once: the margin is a fifth of its life at most', async () => {
    expect([freshMarginMs(600_000), freshMarginMs(20_000), freshMarginMs(-5)]).toEqual([30_000, 4_000, 0]);
    const time = fakeTime();
    const api = fakeConsole({ 'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 20_000)) });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    expect(await store.fresh()).toBe('tok-1');
    expect(time.pending()).toEqual([16_000]);
    expect(api.calls).toHaveLength(1);
  });

  it('runs refreshes inside the lock (one browser-wide refresh at a time)', async () => {
    const time = fakeTime();
    const locked: string[] = [];
    const lock = async <T>(run: () => Promise<T>) => {
      locked.push('in');
      const r = await run();
      locked.push('out');
      return r;
    };
    const api = fakeConsole({ 'POST /v1/auth/sessions/refresh': () => json(200, answer('tok-r', T0 + 600_000)) });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock });
    await store.restore();
    expect(locked).toEqual(['in', 'out']);
  });

  it('signs out at the console with the bearer token, and here even when the console does not answer', async () => {
    const time = fakeTime();
    const api = fakeConsole({
      'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)),
      'DELETE /v1/auth/sessions/current': () => new Response(null, { status: 204 }),
    });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    await store.signOut();
    expect(api.calls.at(-1)).toMatchObject({ url: '/v1/auth/sessions/current', method: 'DELETE', authorization: 'Bearer tok-1' });
    expect(store.getState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
    expect(time.pending()).toEqual([]);

    const offline = new OperatorSessionStore({ fetch: fakeConsole({ 'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)) }).fetch, now: time.now, timers: time.timers, lock: noLock });
    await offline.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    await offline.signOut();
    expect(offline.getState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });

  it('ignores a refresh answered after the operator signed out', async () => {
    const time = fakeTime();
    let release: () => void = () => undefined;
    const api = fakeConsole({
      'POST /v1/auth/sessions': () => json(201, answer('tok-1', T0 + 600_000)),
      'POST /v1/auth/sessions/refresh': () => new Promise<Response>((resolve) => (release = () => resolve(json(200, answer('tok-2', T0 + 1_200_000))))),
      'DELETE /v1/auth/sessions/current': () => new Response(null, { status: 204 }),
    });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    await store.signIn({ name: 'nguyen.lan', password: 'pw', totp: '123456' });
    const renewing = store.renew();
    await store.signOut();
    release();
    expect(await renewing).toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });

  it('passes a refused sign-in on, with the wait of a rate limit', async () => {
    const time = fakeTime();
    const api = fakeConsole({ 'POST /v1/auth/sessions': () => json(429, { type: 'https://trustcircle.vn/problems/rate-limited', title: 'Too many requests', status: 429 }, { 'Retry-After': '840' }) });
    const store = new OperatorSessionStore({ fetch: api.fetch, now: time.now, timers: time.timers, lock: noLock });
    const error = await store.signIn({ name: 'x', password: 'y', totp: '000000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).retryAfterSeconds).toBe(840);
    expect(store.getState()).toEqual({ status: 'unknown' });
  });
});

describe(OperatorHttpClient.name, () => {
  it('sends the fresh operator token; on a 401 renews once and tries again', async () => {
    let token = 'tok-1';
    const renewals: string[] = [];
    const api = fakeConsole({ 'GET /v1/admin/orders?q=TC': (c) => (c.authorization === 'Bearer tok-2' ? json(200, { items: [] }) : problem(401, 'invalid-credentials')) });
    const client = new OperatorHttpClient(
      {
        fresh: async () => token,
        renew: async () => {
          renewals.push(token);
          token = 'tok-2';
          return token;
        },
      },
      api.fetch,
    );
    expect(await client.json({ method: 'GET', path: '/v1/admin/orders?q=TC' })).toEqual({ items: [] });
    expect(api.calls.map((c) => c.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(renewals).toEqual(['tok-1']);
  });

  it('throws the 401 when the session has ended, and other failures at once', async () => {
    const api = fakeConsole({ 'GET /v1/x': () => problem(401, 'invalid-credentials'), 'GET /v1/y': () => problem(403, 'forbidden') });
    let renewals = 0;
    const client = new OperatorHttpClient({ fresh: async () => 'tok-1', renew: async () => (renewals++, null) }, api.fetch);
    await expect(client.json({ method: 'GET', path: '/v1/x' })).rejects.toMatchObject({ status: 401 });
    await expect(client.json({ method: 'GET', path: '/v1/y' })).rejects.toMatchObject({ status: 403 });
    expect(renewals).toBe(1);
  });

  it('keeps the tokens of concurrent calls apart', async () => {
    const api = fakeConsole({ 'GET /v1/a': () => json(200, 'a'), 'GET /v1/b': () => json(200, 'b') });
    let n = 0;
    const client = new OperatorHttpClient({ fresh: async () => `tok-${++n}`, renew: async () => null }, api.fetch);
    await Promise.all([client.json({ method: 'GET', path: '/v1/a' }), client.json({ method: 'GET', path: '/v1/b' })]);
    expect(api.calls.map((c) => [c.url, c.authorization]).sort()).toEqual([
      ['/v1/a', 'Bearer tok-1'],
      ['/v1/b', 'Bearer tok-2'],
    ]);
  });
});
