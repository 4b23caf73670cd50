import type { IncomingMessage } from 'node:http';
import { ProblemException } from '../problem/problem.exception';

/** The request header carrying the client's idempotency key. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** The response header set on replayed responses. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** Longest key accepted, as Stripe. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/**
 * The request's Idempotency-Key, or undefined when it has none and none is required.
 * @throws ProblemException 400 `invalid-idempotency-key` (naming the header) when it is empty, longer than 255
 * characters, or missing while required.
 */
export function readIdempotencyKey(req: IncomingMessage, required: boolean): string | undefined {
  const raw = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (raw === undefined) {
    if (required) throw invalidKey(`The ${IDEMPOTENCY_KEY_HEADER} header is required on this endpoint.`);
    return undefined;
  }
  const key = Array.isArray(raw) ? raw.join(', ') : raw;
  if (key.length < 1 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw invalidKey(`The ${IDEMPOTENCY_KEY_HEADER} header must be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters long (a UUID v4 is recommended).`);
  }
  return key;
}

function invalidKey(detail: string): ProblemException {
  return new ProblemException({
    status: 400,
    type: 'invalid-idempotency-key',
    title: 'Invalid Idempotency-Key header',
    detail,
    extensions: { header: IDEMPOTENCY_KEY_HEADER },
  });
}
