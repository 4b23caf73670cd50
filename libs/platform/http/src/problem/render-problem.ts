import { HttpException } from '@nestjs/common';
import { problemTypeUri, type ProblemDetails } from './problem-details';
import { ProblemException } from './problem.exception';
import { problemOfStatus } from './status-problems';
import { isTransientFailure } from './transient-failure';

/** Where a problem happened. */
export interface ProblemContext {
  /** The request path (no query string). */
  instance: string;
  /** The request's correlation id. */
  correlationId: string;
}

/** A problem ready to send. */
export interface RenderedProblem {
  status: number;
  headers: Record<string, string>;
  body: ProblemDetails;
  /** True for errors nobody threw on purpose (and hidden 5xx): log them with their stack. */
  unexpected: boolean;
}

const INTERNAL_DETAIL = 'An unexpected error occurred. Quote the correlation id when you report it.';
const BUSY_DETAIL = 'The service is momentarily busy; nothing was recorded. Retry after the delay in Retry-After.';
const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Turns anything thrown while serving a request into the problem to answer with:
 * - {@link ProblemException}: as it says;
 * - Nest `HttpException`: the status with its generic type; the message as detail, except for 5xx, whose
 *   detail is hidden;
 * - an http-errors error marked `expose` (Express, body-parser): its status and message;
 * - a transient infrastructure failure (no database connection in time, a deadlock…, see `isTransientFailure`):
 *   503 `service-unavailable` with `Retry-After`, nothing committed, so the client retries;
 * - anything else: 500 `internal-error` with no detail but the correlation id.
 */
export function renderProblem(exception: unknown, context: ProblemContext): RenderedProblem {
  if (exception instanceof ProblemException) {
    const { status, title, detail, field, errors, extensions, headers } = exception.problem;
    const body = build(exception.typeUri, title, status, detail, context);
    if (field !== undefined) body.field = field;
    if (errors !== undefined) body.errors = errors;
    for (const [key, value] of Object.entries(extensions ?? {})) if (!(key in body)) body[key] = value;
    return { status, headers: { ...headers }, body, unexpected: false };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const hidden = status >= 500;
    return generic(status, hidden ? INTERNAL_DETAIL : detailOf(exception), context, hidden);
  }
  const exposed = exposedHttpError(exception);
  if (exposed) return generic(exposed.status, exposed.message, context, false);
  if (isTransientFailure(exception)) return { ...generic(503, BUSY_DETAIL, context, false), headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } };
  return generic(500, INTERNAL_DETAIL, context, true);
}

function generic(status: number, detail: string | undefined, context: ProblemContext, unexpected: boolean): RenderedProblem {
  const { type, title } = problemOfStatus(status);
  return { status, headers: {}, body: build(problemTypeUri(type), title, status, detail, context), unexpected };
}

function build(type: string, title: string, status: number, detail: string | undefined, context: ProblemContext): ProblemDetails {
  return { type, title, status, ...(detail ? { detail } : {}), instance: context.instance, correlationId: context.correlationId };
}

function detailOf(exception: HttpException): string | undefined {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message: unknown = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return exception.message;
}

function exposedHttpError(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, expose } = error as Error & { status?: unknown; expose?: unknown };
  if (expose !== true || typeof status !== 'number' || status < 400 || status > 499) return undefined;
  return { status, message: error.message };
}
