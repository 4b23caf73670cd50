import { formatVnTime } from '../format/vn-time';
import type { Messages } from '../i18n/messages';
import { ApiError } from './api-error';

/** What to tell the buyer about a failed call, in their language. */
export interface ErrorMessage {
  /** One sentence for the whole form or page. */
  message: string;
  /** Per input (by the field's first name: `evidence[2].fileId` → `evidence`), for validation problems. */
  fields: Record<string, string>;
  /** The correlation id to quote to support, for server faults. */
  reference: string | null;
}

/** Context only the page knows. */
export interface ErrorContext {
  /** The order is cash on delivery (its "not paid" refusal means "not delivered yet"). */
  cod?: boolean;
}

/**
 * Turns any error of an API call into plain words for the buyer. The server's `detail` is in English and written for
 * integrators, so known problem types get their own sentence; other answers get one by status. Field errors of
 * validation problems are matched to the form's inputs by their rule (`code`) first, then by the field.
 */
export function describeApiError(error: unknown, m: Messages['problems'], context: ErrorContext = {}): ErrorMessage {
  if (!(error instanceof ApiError) || error.kind === 'network') return { message: m.network, fields: {}, reference: null };
  const p = error.problem;
  const fields: Record<string, string> = {};
  for (const e of p?.errors ?? []) {
    const name = fieldNameOf(e.field);
    fields[name] ??= (e.code ? m.fieldCodes[e.code] : undefined) ?? m.fields[name] ?? m.fieldFallback;
  }
  const reference = error.status >= 500 && p?.correlationId ? p.correlationId : null;
  return { message: messageOf(error, m, context, fields), fields, reference };
}

function messageOf(error: ApiError, m: Messages['problems'], context: ErrorContext, fields: Record<string, string>): string {
  const p = error.problem;
  switch (error.type) {
    case 'invalid-otp':
      return m.invalidOtp;
    case 'rate-limited':
      return m.rateLimited(Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)));
    case 'authentication-required':
    case 'invalid-credentials':
      return m.sessionExpired;
    case 'order-not-found':
      return m.orderNotFound;
    case 'not-in-inspection':
      return m.notInInspection;
    case 'not-cash-on-delivery':
      return m.notCashOnDelivery;
    case 'refund-destination-locked':
      return m.refundDestinationLocked;
    case 'order-not-paid':
      return context.cod || /cash-on-delivery/i.test(p?.detail ?? '') ? m.codNotDelivered : m.orderNotPaid;
    case 'filing-window-closed': {
      const why = m.filingDeadlines[String(p?.deadline ?? '')];
      return why && typeof p?.passedAt === 'string' ? m.filingWindowClosed(why, formatVnTime(p.passedAt)) : m.filingWindowClosedSomeTime;
    }
    case 'dispute-already-open':
      return m.disputeAlreadyOpen;
    case 'dispute-already-decided':
      return m.disputeAlreadyDecided;
    case 'dispute-not-found':
      return m.disputeNotFound;
    case 'dispute-state-conflict':
      return m.disputeStateConflict;
    case 'dispute-deadline-passed':
      return m.disputeDeadlinePassed(formatVnTime(typeof p?.dueAt === 'string' ? p.dueAt : null));
    case 'evidence-file-too-large':
    case 'payload-too-large':
      return m.fileTooLarge;
    case 'idempotency-key-in-progress':
      return m.inProgress;
    case 'bad-gateway':
    case 'rate-limit-unavailable':
    case 'service-unavailable':
      return m.serviceDown;
    case 'validation-error': {
      const first = Object.values(fields);
      return first.length === 1 ? first[0] : m.invalid;
    }
    default:
      return byStatus(error.status, m);
  }
}

function byStatus(status: number, m: Messages['problems']): string {
  if (status === 401) return m.sessionExpired;
  if (status === 403) return m.forbidden;
  if (status === 404) return m.notFound;
  if (status === 409 || status === 412 || status === 422) return m.conflict;
  if (status === 413) return m.fileTooLarge;
  if (status === 429) return m.rateLimited(1);
  if (status === 502 || status === 503 || status === 504) return m.serviceDown;
  if (status >= 500) return m.busy;
  return m.invalid;
}

/** `evidence[2].fileId`, `evidence.2.fileId` → `evidence`; `vulnerable.category` → `vulnerable`. */
export function fieldNameOf(field: string): string {
  return field.split(/[.[]/, 1)[0];
}
