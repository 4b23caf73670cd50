import type { IncomingMessage, ServerResponse } from 'node:http';
import { CorrelationContext, resolveCorrelationIds } from '@trustcircle/observability';
import type { ProblemContext } from './render-problem';

/** The {@link ProblemContext} of a request: its path and its correlation id. */
export function problemContextOf(req: IncomingMessage, res?: ServerResponse): ProblemContext {
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const correlationId = CorrelationContext.current()?.correlationId ?? resolveCorrelationIds(req, res).correlationId;
  return { instance: url.split('?')[0] ?? '/', correlationId };
}
