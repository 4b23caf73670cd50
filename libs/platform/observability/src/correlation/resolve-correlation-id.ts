import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CAUSATION_ID_HEADER, CORRELATION_ID_HEADER, REQUEST_ID_HEADER, type CorrelationIds } from './correlation-ids';

/** Ids accepted from clients: 1–128 characters of letters, digits and `._:-` (nothing that could forge log lines). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const RESOLVED = Symbol('tc.correlationIds');

type RequestWithIds = IncomingMessage & { id?: unknown; [RESOLVED]?: CorrelationIds };

/**
 * The correlation ids of an HTTP request: `x-correlation-id`, else `x-request-id`, else a new UUID; the causation
 * id from `x-causation-id`, else null. Resolved once per request (cached on it, and set as `req.id` for pino-http),
 * and the correlation id is echoed as the `x-correlation-id` response header.
 */
export function resolveCorrelationIds(req: IncomingMessage, res?: ServerResponse): CorrelationIds {
  const request = req as RequestWithIds;
  let ids = request[RESOLVED];
  if (!ids) {
    ids = {
      correlationId: safeHeader(req, CORRELATION_ID_HEADER) ?? safeHeader(req, REQUEST_ID_HEADER) ?? randomUUID(),
      causationId: safeHeader(req, CAUSATION_ID_HEADER) ?? null,
    };
    request[RESOLVED] = ids;
    request.id = ids.correlationId;
  }
  if (res && !res.headersSent && !res.hasHeader(CORRELATION_ID_HEADER)) {
    res.setHeader(CORRELATION_ID_HEADER, ids.correlationId);
  }
  return ids;
}

function safeHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text !== undefined && SAFE_ID.test(text) ? text : undefined;
}
