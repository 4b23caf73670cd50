import type { DeadLetterReason } from '@trustcircle/contracts';

/**
 * How a consumer treats a failure:
 * - `transient`: the infrastructure failed (database or broker unreachable, pool exhausted, serialization
 *   conflict). Retried with backoff for as long as it takes; the partition waits; never dead-lettered.
 * - `permanent`: this message can never succeed (its contract is broken, or the handler says so). Dead-lettered.
 * - `unknown`: anything else (often a bug). Retried a few times; dead-lettered only while the database answers,
 *   so an outage that looks unfamiliar is still waited out.
 */
export type FailureKind = 'transient' | 'permanent' | 'unknown';

/**
 * A handler throws this when the event is valid but can never be applied (e.g. it contradicts the contract).
 * It is dead-lettered as HANDLER_REJECTED, or with the contract reason given (e.g. CONTRACT_VIOLATION for an
 * intake record whose signature does not verify).
 */
export class PermanentEventError extends Error {
  override name = 'PermanentEventError';
  /** The dead-letter reason, when not HANDLER_REJECTED. */
  readonly reason: DeadLetterReason | undefined;

  constructor(message: string, options: { reason?: DeadLetterReason } = {}) {
    super(message);
    this.reason = options.reason;
  }
}

// PostgreSQL SQLSTATE classes and codes that mean "try again later".
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57', '58'];
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '55006', '25006']);
// Data errors: the message itself cannot be stored.
const PERMANENT_SQLSTATE_PREFIXES = ['22', '23'];
// A unique violation is often a race a retry resolves (the twin's row is then found): never permanent at once.
const RETRY_FIRST_SQLSTATES = new Set(['23505']);
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /connection (?:is )?closed/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection/i,
  /the database system is (?:starting up|shutting down)/i,
  /Client has encountered a connection error/i,
  /Connection error/i,
  /KafkaJS.*(?:connection|timeout|not available|leader)/i,
  /There is no leader for this topic-partition/i,
  /Query read timeout/i,
];

interface ErrorLike {
  name?: string;
  code?: unknown;
  message?: unknown;
  retriable?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** Classifies an error thrown while applying a message. */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof PermanentEventError) return 'permanent';
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && /^[0-9A-Z]{5}$/.test(code)) {
      if (TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SQLSTATE_PREFIXES.some((p) => code.startsWith(p))) return 'transient';
      if (RETRY_FIRST_SQLSTATES.has(code)) return 'unknown';
      if (PERMANENT_SQLSTATE_PREFIXES.some((p) => code.startsWith(p))) return 'permanent';
    }
    if (code && TRANSIENT_NODE_CODES.has(code)) return 'transient';
    if (e.retriable === true) return 'transient';
    const message = typeof e.message === 'string' ? e.message : '';
    if (TRANSIENT_MESSAGES.some((re) => re.test(message))) return 'transient';
  }
  return 'unknown';
}

function* chain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as ErrorLike;
    yield e;
    current = e.driverError ?? e.cause;
  }
}
