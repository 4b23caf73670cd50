import { ApiError, problemOf, retryAfterSecondsOf } from './api-error';

/** The `fetch` the client calls (the browser's, or a fake in tests). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** One call. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Same origin: `/v1/...` (the console forwards it to the service that owns it). */
  path: string;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body (file uploads). */
  form?: FormData;
  /** Sent as `Idempotency-Key` (POSTs that create or act), so a retry is answered as the first try. */
  idempotencyKey?: string;
  /** Send the buyer token (default true). */
  auth?: boolean;
}

/**
 * Calls the TrustCircle APIs on the page's own origin, with the buyer token as a bearer token. Success answers
 * their JSON (or a Blob for `blob`); everything else throws {@link ApiError}: no answer, or the problem details.
 */
export class HttpClient {
  constructor(
    private readonly tokenOf: () => string | null,
    private readonly fetchFn: FetchLike = (input, init) => fetch(input, init),
    private readonly now: () => number = () => Date.now(),
  ) {}

  async json<T>(request: ApiRequest): Promise<T> {
    const response = await this.send(request, 'application/json');
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  async blob(path: string): Promise<Blob> {
    const response = await this.send({ method: 'GET', path }, '*/*');
    return response.blob();
  }

  private async send(request: ApiRequest, accept: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
    const token = request.auth === false ? null : this.tokenOf();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
    let body: string | FormData | undefined;
    if (request.form) body = request.form;
    else if (request.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.json);
    }
    let response: Response;
    try {
      response = await this.fetchFn(request.path, { method: request.method, headers, body, credentials: 'same-origin' });
    } catch {
      throw new ApiError('network', 0, null);
    }
    if (response.ok) return response;
    const problem = problemOf(await response.json().catch(() => null));
    throw new ApiError('http', response.status, problem, retryAfterSecondsOf(response.headers.get('Retry-After'), this.now()));
  }
}
