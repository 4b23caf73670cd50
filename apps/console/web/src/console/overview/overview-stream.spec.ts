import type { FetchLike } from '../../api/http-client';
import { backoffMs, type Clock, type LiveStatus, OVERVIEW_STREAM_PATH, openOverviewStream, PLANNED_RECONNECT_MS } from './overview-stream';
import type { OverviewSnapshot } from './overview-types';

/** A streaming answer the test writes into; it errors when the request is aborted, as fetch's body does. */
function streamAnswer(signal: AbortSignal | null | undefined, status = 200) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  let open = true;
  signal?.addEventListener('abort', () => {
    if (open) controller.error(new Error('aborted'));
    open = false;
  });
  return {
    response: new Response(body, { status, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => {
      open = false;
      controller.close();
    },
    get aborted() {
      return signal?.aborted ?? false;
    },
  };
}

type Stream = ReturnType<typeof streamAnswer>;

/** A fake console: each connection gets the next behaviour; the test drives the stream it answered. */
function fakeConsole(answers: Array<'stream' | 'fail' | 401>) {
  const requests: Array<{ url: string; authorization: string; accept: string }> = [];
  const streams: Stream[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = init.headers as Record<string, string>;
    requests.push({ url, authorization: headers.Authorization, accept: headers.Accept });
    const next = answers.shift() ?? 'fail';
    if (next === 'fail') throw new TypeError('Failed to fetch');
    const s = streamAnswer(init.signal, next === 401 ? 401 : 200);
    streams.push(s);
    return s.response;
  };
  return { fetch, requests, streams };
}

/** Timers the test fires by hand; `now` moves with `advance`. */
function fakeClock() {
  let nowMs = 0;
  let id = 0;
  const pending = new Map<number, { ms: number; run: () => void }>();
  const clock: Clock = {
    setTimeout: (run, ms) => {
      pending.set(++id, { ms, run });
      return id;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  return {
    clock,
    now: () => nowMs,
    advance: (ms: number) => (nowMs += ms),
    waits: () => [...pending.values()].map((p) => p.ms),
    /** Fires the timers of `ms` (a sleep or the watchdog). */
    fire(ms: number) {
      for (const [key, p] of [...pending]) {
        if (p.ms === ms) {
          pending.delete(key);
          p.run();
        }
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const frame = (n: number) => `id: ${n}\nevent: snapshot\ndata: ${JSON.stringify({ today: `v${n}` })}\n\n`;
const IDLE = 45_000;

function setUp(answers: Array<'stream' | 'fail' | 401>, tokens: string[] = ['tok-1', 'tok-2', 'tok-3', 'tok-4', 'tok-5']) {
  const api = fakeConsole(answers);
  const time = fakeClock();
  const snapshots: string[] = [];
  const statuses: LiveStatus[] = [];
  const given = [...tokens];
  const renewals: string[] = [];
  const stream = openOverviewStream({
    tokens: {
      fresh: async () => given[0] ?? null,
      renew: async () => {
        renewals.push(given.shift() ?? '');
        return given[0] ?? null;
      },
    },
    onSnapshot: (s: OverviewSnapshot) => snapshots.push(s.today),
    onStatus: (s) => statuses.push(s),
    fetch: api.fetch,
    clock: time.clock,
    now: time.now,
    random: () => 0.5,
    idleTimeoutMs: IDLE,
  });
  return { api, time, snapshots, statuses, stream, given, renewals };
}

describe(openOverviewStream.name, () => {
  it('reads snapshots with the bearer token; when the stream ends (its token expired) reconnects at once with the fresh one', async () => {
    const t = setUp(['stream', 'stream']);
    await settle();
    expect(t.api.requests).toEqual([{ url: OVERVIEW_STREAM_PATH, authorization: 'Bearer tok-1', accept: 'text/event-stream' }]);
    t.api.streams[0].send(`retry: 3000\n${frame(1)}: heartbeat\n\n`);
    t.api.streams[0].send(frame(2).slice(0, 10));
    await settle();
    t.api.streams[0].send(frame(2).slice(10));
    await settle();
    expect(t.snapshots).toEqual(['v1', 'v2']);
    expect(t.statuses).toEqual(['connecting', 'live', 'live']);

    t.given.shift(); // the session refreshed its token meanwhile
    t.time.advance(600_000);
    t.api.streams[0].end();
    await settle();
    expect(t.statuses.at(-1)).toBe('reconnecting');
    expect(t.time.waits()).toEqual([PLANNED_RECONNECT_MS]);
    t.time.fire(PLANNED_RECONNECT_MS);
    await settle();
    expect(t.api.requests.map((r) => r.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    t.api.streams[1].send(frame(3));
    await settle();
    expect(t.snapshots).toEqual(['v1', 'v2', 'v3']);
    expect(t.statuses.at(-1)).toBe('live');
    t.stream.close();
  });

  it('retries a failing connection with a doubling wait', async () => {
    const t = setUp(['fail', 'fail', 'fail', 'stream']);
    for (const wait of [1_000, 2_000, 4_000]) {
      await settle();
      expect(t.time.waits()).toEqual([wait]);
      t.time.fire(wait);
    }
    await settle();
    t.api.streams[0].send(frame(1));
    await settle();
    expect(t.api.requests).toHaveLength(4);
    expect(t.snapshots).toEqual(['v1']);
    expect(t.statuses).toEqual(['connecting', 'reconnecting', 'reconnecting', 'reconnecting', 'live']);
    t.stream.close();
  });

  it('renews the token when the console answers 401, and stops when the session has ended', async () => {
    const t = setUp([401, 'stream'], ['tok-old', 'tok-new']);
    await settle();
    t.time.fire(1_000);
    await settle();
    expect(t.renewals).toEqual(['tok-old']);
    expect(t.api.requests.map((r) => r.authorization)).toEqual(['Bearer tok-old', 'Bearer tok-new']);

    const ended = setUp(['stream'], []);
    await settle();
    expect(ended.api.requests).toEqual([]);
    t.stream.close();
  });

  it('drops a connection that falls silent (no heartbeat) and connects again', async () => {
    const t = setUp(['stream', 'stream']);
    await settle();
    t.api.streams[0].send(frame(1));
    await settle();
    t.time.fire(IDLE);
    await settle();
    expect(t.api.streams[0].aborted).toBe(true);
    expect(t.statuses.at(-1)).toBe('reconnecting');
    // It had lived less than 5 s: a failure, so a backed-off wait (not a planned reconnect).
    expect(t.time.waits()).toEqual([1_000]);
    t.stream.close();
  });

  it('stops on close: the connection is aborted and nothing reconnects', async () => {
    const t = setUp(['stream', 'stream']);
    await settle();
    t.stream.close();
    await settle();
    expect(t.api.streams[0].aborted).toBe(true);
    expect(t.time.waits()).toEqual([]);
    expect(t.api.requests).toHaveLength(1);
  });
});

describe(backoffMs.name, () => {
  it('doubles from a second up to 30 s, never below the server’s retry, with ±20 % jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => backoffMs(n, null, () => 0.5))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(backoffMs(1, 3000, () => 0.5)).toBe(3_000);
    expect(backoffMs(1, null, () => 0)).toBe(800);
    expect(backoffMs(1, null, () => 1)).toBe(1_200);
  });
});
