import type { FetchLike } from '../../api/http-client';
import type { OperatorTokens } from '../api/operator-http-client';
import type { OverviewSnapshot } from './overview-types';
import { SseParser } from './sse-parser';

/** The overview's event stream (the console's `OverviewController`). */
export const OVERVIEW_STREAM_PATH = '/v1/console/overview/stream';

/** Where the live overview stands: before the first snapshot, receiving, or between connections. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** Waits after failed connections, doubling from the first up to the last (with ±20 % jitter). */
export const BACKOFF_MS = { first: 1_000, max: 30_000 } as const;
/** The server sends a heartbeat every 15 s: this long without a byte means the connection is dead. */
export const IDLE_TIMEOUT_MS = 45_000;
/** A reconnection after a stream that ended by itself (the token it was opened with expired): almost at once. */
export const PLANNED_RECONNECT_MS = 100;
/** A stream that ends sooner than this after opening counts as a failure (no reconnecting in a tight loop). */
export const MIN_STREAM_LIFE_MS = 5_000;

export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OverviewStreamOptions {
  tokens: OperatorTokens;
  onSnapshot(snapshot: OverviewSnapshot): void;
  onStatus(status: LiveStatus): void;
  fetch?: FetchLike;
  clock?: Clock;
  random?: () => number;
  now?: () => number;
  idleTimeoutMs?: number;
  path?: string;
}

/** The wait before connection attempt `failures + 1` after `failures` failures in a row (the server's `retry` at least). */
export function backoffMs(failures: number, serverRetryMs: number | null, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MS.max, Math.max(serverRetryMs ?? 0, BACKOFF_MS.first * 2 ** Math.max(0, failures - 1)));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const browserClock: Clock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Reads the live overview's server-sent events with `fetch` and a stream reader — `EventSource` cannot send the
 * `Authorization` header the console requires. Each `event: snapshot` is handed to `onSnapshot`. When the stream
 * ends (the server ends it when the token that opened it expires) it reconnects at once with a fresh token; when a
 * connection fails or falls silent (no heartbeat for {@link IDLE_TIMEOUT_MS}) it retries with a growing, jittered
 * wait; on a 401 it renews the token first. It stops when the session has ended (no token) or on `close()`.
 */
export function openOverviewStream(options: OverviewStreamOptions): { close(): void } {
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const clock = options.clock ?? browserClock;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());
  const idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  let closed = false;
  let current: AbortController | null = null;
  let wakeUp: (() => void) | null = null;
  let sleepTimer: unknown = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeUp = resolve;
      sleepTimer = clock.setTimeout(() => {
        wakeUp = null;
        resolve();
      }, ms);
    });

  /** One connection: answers whether it delivered a snapshot, and whether the token was refused. */
  async function connect(token: string, parser: SseParser): Promise<{ delivered: boolean; unauthorized: boolean }> {
    const abort = new AbortController();
    current = abort;
    let idle: unknown = null;
    const watch = () => {
      if (idle !== null) clock.clearTimeout(idle);
      idle = clock.setTimeout(() => abort.abort(), idleTimeoutMs);
    };
    let delivered = false;
    try {
      watch();
      const res = await fetchFn(options.path ?? OVERVIEW_STREAM_PATH, {
        method: 'GET',
        headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
        cache: 'no-store',
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (res.status === 401) return { delivered, unauthorized: true };
      if (!res.ok || !res.body) return { delivered, unauthorized: false };
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done || closed) break;
          watch();
          for (const item of parser.push(decoder.decode(value, { stream: true }))) {
            if (item.kind !== 'event' || item.type !== 'snapshot') continue;
            let snapshot: OverviewSnapshot;
            try {
              snapshot = JSON.parse(item.data) as OverviewSnapshot;
            } catch {
              continue;
            }
            delivered = true;
            options.onStatus('live');
            options.onSnapshot(snapshot);
          }
        }
      } finally {
        reader.cancel().catch(() => undefined);
      }
      return { delivered, unauthorized: false };
    } catch {
      // No answer, the connection dropped, or the watchdog / close() aborted it.
      return { delivered, unauthorized: false };
    } finally {
      if (idle !== null) clock.clearTimeout(idle);
      parser.end();
      current = null;
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    let renewNext = false;
    const parser = new SseParser();
    while (!closed) {
      const token = renewNext ? await options.tokens.renew() : await options.tokens.fresh();
      renewNext = false;
      // The session has ended: the console shows the sign-in page.
      if (closed || token === null) return;
      const openedAt = now();
      const { delivered, unauthorized } = await connect(token, parser);
      if (closed) return;
      options.onStatus('reconnecting');
      if (delivered) failures = 0;
      if (unauthorized) renewNext = true;
      const planned = delivered && !unauthorized && now() - openedAt >= MIN_STREAM_LIFE_MS;
      if (!planned) failures += 1;
      await sleep(planned ? PLANNED_RECONNECT_MS : backoffMs(failures, parser.retryMs, random));
    }
  }

  options.onStatus('connecting');
  void run();
  return {
    close() {
      closed = true;
      current?.abort();
      if (sleepTimer !== null) clock.clearTimeout(sleepTimer);
      wakeUp?.();
    },
  };
}
