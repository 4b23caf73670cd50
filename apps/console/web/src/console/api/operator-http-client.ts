import { ApiError } from '../../api/api-error';
import { type ApiRequest, type FetchLike, HttpClient } from '../../api/http-client';

/** Where the operator client gets its token: a live one (refreshed first when close to expiry), or a new one. */
export interface OperatorTokens {
  /** The access token to send now, refreshed first when it is about to expire; null when signed out. */
  fresh(): Promise<string | null>;
  /** The server refused the token: refresh it now (once for many callers). Null when the session has ended. */
  renew(): Promise<string | null>;
}

/**
 * The {@link HttpClient} of the operator console: sends the operator token, refreshing it before it expires, and
 * when a service still answers 401 (the token expired on the way, or a clock skew) refreshes once and tries again.
 * When the session has ended the refresh fails and the session store signs the operator out (the console then
 * shows the sign-in page); the call throws its 401 {@link ApiError}.
 */
export class OperatorHttpClient extends HttpClient {
  /** The token of the call being sent: the parent reads it synchronously, just before sending. */
  private readonly sending: { token: string | null };

  constructor(
    private readonly tokens: OperatorTokens,
    fetchFn: FetchLike = (input, init) => fetch(input, init),
    now: () => number = () => Date.now(),
  ) {
    const sending: { token: string | null } = { token: null };
    super(() => sending.token, fetchFn, now);
    this.sending = sending;
  }

  override async json<T>(request: ApiRequest): Promise<T> {
    return this.withToken(request.auth !== false, () => super.json<T>(request));
  }

  override async blob(path: string): Promise<Blob> {
    return this.withToken(true, () => super.blob(path));
  }

  private async withToken<T>(auth: boolean, call: () => Promise<T>): Promise<T> {
    if (!auth) return call();
    const first = await this.tokens.fresh();
    try {
      return await this.callWith(first, call);
    } catch (e) {
      if (!(e instanceof ApiError && e.kind === 'http' && e.status === 401 && first !== null)) throw e;
      const renewed = await this.tokens.renew();
      if (renewed === null || renewed === first) throw e;
      return this.callWith(renewed, call);
    }
  }

  /** Sends with `token`: set just before the parent reads it, in the same synchronous run (no other call interleaves). */
  private callWith<T>(token: string | null, call: () => Promise<T>): Promise<T> {
    this.sending.token = token;
    try {
      return call();
    } finally {
      this.sending.token = null;
    }
  }
}
