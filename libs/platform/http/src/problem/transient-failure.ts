/**
 * Whether an error means "the service's infrastructure is momentarily unavailable" rather than "this request is
 * wrong" or "a bug": the database pool had no free connection in time, the database or broker refused or dropped
 * the connection, or PostgreSQL asked to retry (serialization failure, deadlock, lock not available, too many
 * connections, shutting down). Such a request is answered 503 with Retry-After: the client may simply retry,
 * and nothing was committed.
 */
const RETRY_SQLSTATES = new Set(['40001', '40P01', '55P03', '55006']);
const RETRY_SQLSTATE_CLASSES = ['08', '53', '57'];
const RETRY_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const RETRY_MESSAGES = [/timeout exceeded when trying to connect/i, /connection terminated/i, /Connection terminated unexpectedly/i, /the database system is (?:starting up|shutting down)/i];

export function isTransientFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    const code = typeof e.code === 'string' ? e.code : '';
    if (RETRY_SQLSTATES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && RETRY_SQLSTATE_CLASSES.some((c) => code.startsWith(c)))) return true;
    if (RETRY_NODE_CODES.has(code)) return true;
    if (typeof e.message === 'string' && RETRY_MESSAGES.some((re) => re.test(e.message as string))) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}
