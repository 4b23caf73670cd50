/** What one bounded HTTP POST ended with: an answer (any status), a timeout, or no connection. */
export type HttpPostOutcome =
  | { kind: 'answer'; status: number; body: string; location: string | null }
  | { kind: 'timeout'; error: string }
  | { kind: 'unreachable'; error: string };

/**
 * POSTs `body` once, with `AbortSignal.timeout(timeoutMs)` bounding the whole exchange (connecting, waiting, reading
 * the answer). Redirects are never followed. Never throws; the error texts name no URL, header or body.
 */
export async function httpPost(url: string, init: { headers: Record<string, string>; body: string | Buffer; timeoutMs: number }): Promise<HttpPostOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    const body = await response.text();
    return { kind: 'answer', status: response.status, body, location: response.headers.get('location') };
  } catch (error) {
    if (isTimeout(error)) return { kind: 'timeout', error: `timed out after ${init.timeoutMs} ms` };
    return { kind: 'unreachable', error: `connection failed: ${networkCode(error)}` };
  }
}

/** Error-like values, judged by shape: errors from fetch may come from another realm (`instanceof Error` fails). */
interface ErrorLike {
  name?: unknown;
  code?: unknown;
  cause?: { code?: unknown };
}

function isTimeout(error: unknown): boolean {
  const name = (error as ErrorLike | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`…: the system's code only (messages may carry addresses). */
function networkCode(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (typeof e.cause?.code === 'string') return e.cause.code;
  if (typeof e.code === 'string') return e.code;
  return typeof e.name === 'string' ? e.name : 'unknown error';
}
