import type { AuditEntryRecord } from '../infrastructure/audit-entry.orm-entity';

/** An audit entry as the audit API answers it. */
export interface AuditEntryView {
  id: string;
  at: string;
  actor: { type: string; name: string | null; operatorId: string | null; role: string | null };
  action: string;
  outcome: string;
  target: { type: string; id: string } | null;
  detail: Record<string, unknown>;
  origin: { ip: string | null; userAgent: string | null };
  correlationId: string | null;
  /** `console`, or the service whose event told of an operator action done there. */
  source: string;
  /** The event that told of it; null for the console's own entries. */
  sourceEvent: { id: string; type: string } | null;
}

export function toAuditEntryView(e: AuditEntryRecord): AuditEntryView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: { type: e.actorType, name: e.actorName, operatorId: e.operatorId, role: e.operatorRole },
    action: e.action,
    outcome: e.outcome,
    target: e.targetType && e.targetId ? { type: e.targetType, id: e.targetId } : null,
    detail: e.detail,
    origin: { ip: e.ip, userAgent: e.userAgent },
    correlationId: e.correlationId,
    source: e.source,
    sourceEvent: e.sourceEventId && e.sourceEventType ? { id: e.sourceEventId, type: e.sourceEventType } : null,
  };
}
