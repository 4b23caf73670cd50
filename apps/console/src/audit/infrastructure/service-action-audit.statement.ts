import { randomUUID } from 'node:crypto';
import { auditDetail } from '../domain/audit-detail';
import { AUDIT_ACTION, type ServiceActionAudit } from '../domain/audit-entry';

/** One SQL statement with its parameters (`$1`…). */
export interface AuditStatement {
  sql: string;
  params: unknown[];
}

/**
 * The statement that appends an operator action done at another service to the audit log: actor the operator the
 * event names (name and role from the console's registry when it knows the operator, null otherwise), outcome
 * SUCCEEDED (services emit events for done actions only), no origin (the request reached that service, not the
 * console), the source service, event id and type. Once per event: a second attempt with the same event id does
 * nothing. A single statement, so the read model can chain it into the consuming event's transaction.
 *
 * @throws Error for an action name that is not dotted lowercase
 */
export function serviceActionAuditStatement(entry: ServiceActionAudit, id: string = randomUUID()): AuditStatement {
  if (!AUDIT_ACTION.test(entry.action)) throw new Error(`audit action "${entry.action}" is not dotted lowercase (e.g. escrow.manual-action.approve)`);
  return {
    sql: `INSERT INTO "console"."audit_log" ("id", "at", "actor_type", "actor_name", "operator_id", "operator_role", "action", "outcome", "target_type", "target_id", "detail",
         "correlation_id", "source", "source_event_id", "source_event_type")
       SELECT $1::uuid, $2::timestamptz, 'OPERATOR', "op"."name", $3::uuid, "op"."role", $4::text, 'SUCCEEDED', $5::text, $6::text, $7::jsonb, $8::text, $9::text, $10::uuid, $11::text
       FROM (VALUES (1)) AS "one" LEFT JOIN "console"."operators" "op" ON "op"."id" = $3::uuid
       ON CONFLICT ("source_event_id") DO NOTHING`,
    params: [
      id,
      entry.at,
      entry.operatorId,
      entry.action,
      entry.target.type,
      entry.target.id,
      JSON.stringify(auditDetail(entry.detail)),
      entry.correlationId,
      entry.source.service,
      entry.source.eventId,
      entry.source.eventType,
    ],
  };
}
