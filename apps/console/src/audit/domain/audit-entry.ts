import type { ServiceName } from '@trustcircle/contracts';
import type { OperatorRole } from '@trustcircle/security';

/** Who acted: a signed-in operator, the admin CLI (an OS user with database access), or nobody yet (a failed sign-in). */
export type AuditActorType = 'OPERATOR' | 'CLI' | 'ANONYMOUS';

/** Whether the action was done. A refused or failed one is recorded too. */
export type AuditOutcome = 'SUCCEEDED' | 'FAILED';

/** The actor of an audit entry. */
export type AuditActor =
  | { type: 'OPERATOR'; operatorId: string; name: string; role: OperatorRole }
  | { type: 'CLI'; name: string }
  | { type: 'ANONYMOUS' };

/** Where a request came from. */
export interface AuditOrigin {
  ip?: string | null;
  userAgent?: string | null;
}

/** What a feature records: `detail` is sanitised before it is stored (see `auditDetail`). */
export interface AuditEntryInput {
  actor: AuditActor;
  /** Dotted, lowercase, e.g. `partner.create`, `auth.sign-in`, `order.search`. */
  action: string;
  /** SUCCEEDED when omitted. */
  outcome?: AuditOutcome;
  /** What the action was about, e.g. `{ type: 'partner', id }`. */
  target?: { type: string; id: string };
  /** Facts worth keeping (never a secret, a password, a code or a full phone: those are removed or masked anyway). */
  detail?: Record<string, unknown>;
  origin?: AuditOrigin;
  /** The request's or event's correlation id; the current one when omitted. */
  correlationId?: string;
}

/** The shape of an action name. */
export const AUDIT_ACTION = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/** Where an audit entry came from: `console` itself, or the service whose event told of an operator action. */
export type AuditSource = ServiceName;

/**
 * An operator action done at another service (a manual money action at escrow, a mediator's decision at
 * disputes), as that service's event told it: the read model records it in the audit trail in the event's
 * transaction, once per event. The actor is the operator the event names; the entry happened when the event says
 * the operator acted. `detail` holds ids, amounts and vocabulary only: never the operator's free text (reasons,
 * notes), which may name or describe a person.
 */
export interface ServiceActionAudit {
  /** The service that told it, the event's id and type. */
  source: { service: Exclude<ServiceName, 'console'>; eventId: string; eventType: string };
  operatorId: string;
  /** Dotted, lowercase, prefixed by the service, e.g. `escrow.manual-action.approve`, `disputes.decide`. */
  action: string;
  /** When the operator acted (the event's own instant). */
  at: Date;
  target: { type: string; id: string };
  detail: Record<string, unknown>;
  /** The event's correlation id (the request the operator made at that service). */
  correlationId: string;
}
