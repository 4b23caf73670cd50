import { ApiError } from '../../api/api-error';

/** What to tell an operator about a failed call. */
export interface OperatorErrorText {
  /** One or two sentences for the form or page. */
  message: string;
  /** Per input (the field's first name: `evidence[2].fileId` → `evidence`), for validation problems. */
  fields: Record<string, string>;
  /** The correlation id to quote when reporting a server fault (5xx), else null. */
  reference: string | null;
}

/** `14 minutes`, `1 minute`, `45 seconds`: a wait, rounded up to whole minutes from a minute on. */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const minutes = Math.ceil(s / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * Turns any failure of a call into words for an operator. Operators read the services' own `detail` (written in
 * English for people integrating with the APIs, precise about what was refused); answers without one get a
 * sentence by status. A 429 says how long to wait.
 */
export function describeOperatorError(error: unknown): OperatorErrorText {
  if (!(error instanceof ApiError)) return { message: 'Something went wrong in the console. Reload the page and try again.', fields: {}, reference: null };
  if (error.kind === 'network') return { message: 'The console could not reach the server. Check the connection and try again.', fields: {}, reference: null };
  const p = error.problem;
  const fields: Record<string, string> = {};
  for (const e of p?.errors ?? []) fields[e.field.split(/[.[]/, 1)[0]] ??= e.message;
  const reference = error.status >= 500 && p?.correlationId ? p.correlationId : null;
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return { message: `Too many attempts. Try again in ${formatWait(wait ?? 60)}.`, fields, reference };
  }
  const detail = p?.detail?.trim();
  return { message: detail || byStatus(error.status), fields, reference };
}

function byStatus(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'Your role may not do this.';
  if (status === 404) return 'Not found.';
  if (status === 409 || status === 412 || status === 422) return 'This was refused: the record has changed meanwhile. Reload and try again.';
  if (status === 502 || status === 503 || status === 504) return 'A service is not answering. Try again in a moment.';
  if (status >= 500) return 'The server failed. Try again; if it keeps failing, report the reference below.';
  return 'The request was not accepted.';
}
