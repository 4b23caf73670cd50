import { ApiError } from '../../api/api-error';
import { type FetchLike, HttpClient } from '../../api/http-client';
import type { OperatorTokens } from '../api/operator-http-client';
import type { OperatorRole } from './operator-role';

/** The signed-in operator, as the console's sessions answer it. */
export interface SessionOperator {
  id: string;
  name: string;
  role: OperatorRole;
}

/** Answer of `POST /v1/auth/sessions` and `POST /v1/auth/sessions/refresh`. */
export interface SessionAnswer {
  tokenType: 'Bearer';
  accessToken: string;
  /** ISO-8601: when the access token expires. */
  expiresAt: string;
  expiresIn: number;
  /** Not kept: the browser's HttpOnly `tc_refresh` cookie carries it. */
  refreshToken: string;
  sessionId: string;
  /** ISO-8601: the session's absolute end. */
  sessionExpiresAt: string;
  operator: SessionOperator;
}

/** Where the operator console stands with its session. */
export type OperatorSessionState =
  /** The page just loaded: the `tc_refresh` cookie has not been tried yet. */
  | { status: 'unknown' }
  /** Trying the cookie. */
  | { status: 'restoring' }
  /**
   * No session: none to restore on page load (`none`), the operator signed out (`signed-out`), or the session ended
   * while in use (`ended`: a refresh was refused — signed out elsewhere, revoked, idle or past its end).
   */
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; operator: SessionOperator; expiresAt: number; sessionExpiresAt: number };

/** How long before `expiresAt` a token counts as about to expire: {@link FRESH_MARGIN_MS}, or a fifth of a shorter life. */
export function freshMarginMs(lifeMs: number): number {
  return Math.max(0, Math.min(FRESH_MARGIN_MS, Math.floor(lifeMs / 5)));
}

/** Why there is no session. */
export type SignedOutReason = 'none' | 'signed-out' | 'ended';

/** Sign-in details, as typed. */
export interface SignInDetails {
  name: string;
  password: string;
  totp: string;
}

/** Timers (the browser's, or fakes in tests). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Runs a refresh so that no other refresh of the same browser runs meanwhile (the console's refresh tokens are
 * single use: two tabs presenting the same one would end the session). The browser's Web Locks API when it has one.
 */
export type RefreshLock = <T>(run: () => Promise<T>) => Promise<T>;

export interface OperatorSessionDeps {
  fetch?: FetchLike;
  now?: () => number;
  timers?: Timers;
  lock?: RefreshLock;
}

/** A token this close to its expiry (or within the last 20 % of a shorter life) is refreshed before a call uses it. */
export const FRESH_MARGIN_MS = 30_000;
/** The scheduled refresh runs this long before the token expires (or at 80 % of a shorter life). */
export const REFRESH_AHEAD_MS = 60_000;
/** Waits after a refresh that got no answer (doubling up to the last). */
export const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000] as const;

/** The paths of the console's session API. */
export const SESSION_PATHS = { signIn: '/v1/auth/sessions', refresh: '/v1/auth/sessions/refresh', current: '/v1/auth/sessions/current' } as const;

/** How a refresh went. */
type RefreshOutcome = 'refreshed' | 'ended' | 'unanswered';

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** The Web Locks API when the browser has it (secure contexts), else none: a refresh runs at once. */
export const browserRefreshLock: RefreshLock = (run) => {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  return locks ? (locks.request('tc-operator-refresh', run) as Promise<Awaited<ReturnType<typeof run>>>) : run();
};

/**
 * The operator's session in this page: signs in, keeps the access token **in memory only** (never in storage, so a
 * script reading storage finds nothing and a new tab starts from the cookie), refreshes it ahead of its expiry and
 * when the page loads (through the HttpOnly `tc_refresh` cookie the sign-in set), and signs out. One refresh runs at
 * a time (refresh tokens are single use); when the server refuses one, the session has ended: the state becomes
 * `signed-out` (reason `ended`), and the console shows the sign-in page.
 */
export class OperatorSessionStore implements OperatorTokens {
  private state: OperatorSessionState = { status: 'unknown' };
  private accessToken: string | null = null;
  /** {@link freshMarginMs} of the current token. */
  private margin = FRESH_MARGIN_MS;
  private readonly listeners = new Set<() => void>();
  private readonly http: HttpClient;
  private readonly fetchFn: FetchLike;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly lock: RefreshLock;
  private refreshing: Promise<RefreshOutcome> | null = null;
  private timer: unknown = null;
  private failures = 0;
  private active = true;
  /** Bumped when the session is replaced or dropped: an answer to an older refresh is then ignored. */
  private generation = 0;

  constructor(deps: OperatorSessionDeps = {}) {
    this.now = deps.now ?? (() => Date.now());
    this.timers = deps.timers ?? browserTimers;
    this.lock = deps.lock ?? browserRefreshLock;
    this.fetchFn = deps.fetch ?? ((input, init) => fetch(input, init));
    this.http = new HttpClient(() => this.accessToken, this.fetchFn, this.now);
  }

  /** The state now (a new object whenever it changes: usable with `useSyncExternalStore`). */
  getState = (): OperatorSessionState => this.state;

  /** Calls `listener` after every change of state; answers the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Signs in. @throws {@link ApiError}: 401 `sign-in-failed`, 429 `rate-limited` (with `retryAfterSeconds`), 400
   * validation, or `network`.
   */
  async signIn(details: SignInDetails): Promise<SessionOperator> {
    const answer = await this.http.json<SessionAnswer>({ method: 'POST', path: SESSION_PATHS.signIn, json: details, auth: false });
    this.failures = 0;
    this.generation += 1;
    this.accept(answer);
    return answer.operator;
  }

  /** When the page loads: tries the `tc_refresh` cookie once (later calls wait for the same try). */
  async restore(): Promise<void> {
    if (this.state.status !== 'unknown' && this.state.status !== 'restoring') return;
    if (this.state.status === 'unknown') this.set({ status: 'restoring' });
    const outcome = await this.refresh();
    // No answer on page load: nothing to show but the sign-in page (it says why when signing in fails too).
    if (outcome === 'unanswered' && this.state.status === 'restoring') this.set({ status: 'signed-out', reason: 'none' });
  }

  /** {@inheritDoc OperatorTokens.fresh} */
  async fresh(): Promise<string | null> {
    if (this.state.status === 'restoring') await this.restore();
    if (this.state.status !== 'signed-in') return null;
    if (this.state.expiresAt - this.now() > this.margin) return this.accessToken;
    await this.refresh();
    // No answer: the old token while it lasts (the call then says what is wrong).
    return this.stateIsSignedIn() ? this.accessToken : null;
  }

  /** {@inheritDoc OperatorTokens.renew} */
  async renew(): Promise<string | null> {
    if (this.state.status !== 'signed-in') return null;
    const outcome = await this.refresh();
    return outcome === 'refreshed' ? this.accessToken : null;
  }

  /** Ends the session at the console (its refresh token stops at once) and here, even when the console does not answer. */
  async signOut(): Promise<void> {
    const token = this.accessToken;
    this.forget({ status: 'signed-out', reason: 'signed-out' });
    if (!token) return;
    try {
      await new HttpClient(() => token, this.fetchFn, this.now).json({ method: 'DELETE', path: SESSION_PATHS.current });
    } catch {
      // Signed out here anyway; the session ends by itself (30 min without a refresh).
    }
  }

  /** Stops the scheduled refresh (the console was left); {@link start} takes it up again. */
  stop(): void {
    this.active = false;
    this.clearTimer();
  }

  /** Schedules the next refresh again after {@link stop}. */
  start(): void {
    this.active = true;
    if (this.state.status === 'signed-in' && this.timer === null) this.schedule(this.delayAfterSuccess());
  }

  private stateIsSignedIn(): boolean {
    return this.state.status === 'signed-in';
  }

  /** One refresh at a time: callers meanwhile share it. */
  private refresh(): Promise<RefreshOutcome> {
    this.refreshing ??= this.lock(() => this.refreshOnce()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<RefreshOutcome> {
    const generation = this.generation;
    try {
      const answer = await this.http.json<SessionAnswer>({ method: 'POST', path: SESSION_PATHS.refresh, json: {}, auth: false });
      // Signed out (or in again) meanwhile: this answer is of no use any more.
      if (generation !== this.generation) return 'ended';
      this.failures = 0;
      this.accept(answer);
      return 'refreshed';
    } catch (e) {
      if (generation !== this.generation) return 'ended';
      if (e instanceof ApiError && e.kind === 'http' && (e.status === 401 || e.status === 403)) {
        this.forget({ status: 'signed-out', reason: this.stateIsSignedIn() ? 'ended' : 'none' });
        return 'ended';
      }
      this.failures += 1;
      if (this.state.status === 'signed-in') this.schedule(RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length) - 1]);
      return 'unanswered';
    }
  }

  private accept(answer: SessionAnswer): void {
    this.accessToken = answer.accessToken;
    this.margin = freshMarginMs(Date.parse(answer.expiresAt) - this.now());
    this.set({
      status: 'signed-in',
      operator: { id: answer.operator.id, name: answer.operator.name, role: answer.operator.role },
      expiresAt: Date.parse(answer.expiresAt),
      sessionExpiresAt: Date.parse(answer.sessionExpiresAt),
    });
    this.schedule(this.delayAfterSuccess());
  }

  /** Until the next refresh: {@link REFRESH_AHEAD_MS} before the token expires, or at 80 % of a life under 5 minutes. */
  private delayAfterSuccess(): number {
    if (this.state.status !== 'signed-in') return 0;
    const left = this.state.expiresAt - this.now();
    return Math.max(1_000, left - REFRESH_AHEAD_MS, Math.floor(left * 0.8));
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (!this.active) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private forget(next: OperatorSessionState): void {
    this.generation += 1;
    this.accessToken = null;
    this.clearTimer();
    this.set(next);
  }

  private set(next: OperatorSessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
