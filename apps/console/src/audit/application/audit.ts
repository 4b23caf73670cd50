import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestWithPrincipal } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { CorrelationContext } from '@trustcircle/observability';
import { isOperatorRole, OPERATOR_ROLES, type OperatorRole } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { OperatorRecord } from '../../operators/infrastructure/operator.orm-entity';
import { auditDetail } from '../domain/audit-detail';
import { AUDIT_ACTION, type AuditActor, type AuditEntryInput, type AuditOrigin } from '../domain/audit-entry';

const MAX_USER_AGENT = 300;

/**
 * The console's audit trail (`console.audit_log`, append-only). Features call {@link Audit.record} (in their
 * transaction when they pass its manager, so the change and its line commit together) or
 * {@link Audit.recordRequest} (the request's operator and origin filled in); console controllers use
 * `@Audited('action')`. Details are sanitised: no secret, password, code or full phone number is stored.
 */
@Injectable()
export class Audit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Appends one entry and returns its id. @throws Error for an action name that is not dotted lowercase */
  async record(entry: AuditEntryInput, manager: EntityManager = this.dataSource.manager): Promise<string> {
    if (!AUDIT_ACTION.test(entry.action)) throw new Error(`audit action "${entry.action}" is not dotted lowercase (e.g. partner.create)`);
    const id = randomUUID();
    const actor = entry.actor;
    await manager.query(
      `INSERT INTO "console"."audit_log" ("id", "at", "actor_type", "actor_name", "operator_id", "operator_role", "action", "outcome", "target_type", "target_id", "detail", "ip", "user_agent", "correlation_id")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        this.clock.now(),
        actor.type,
        actor.type === 'ANONYMOUS' ? null : actor.name,
        actor.type === 'OPERATOR' ? actor.operatorId : null,
        actor.type === 'OPERATOR' ? actor.role : null,
        entry.action,
        entry.outcome ?? 'SUCCEEDED',
        entry.target?.type ?? null,
        entry.target?.id ?? null,
        JSON.stringify(auditDetail(entry.detail)),
        entry.origin?.ip ?? null,
        entry.origin?.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
        entry.correlationId ?? CorrelationContext.current()?.correlationId ?? null,
      ],
    );
    return id;
  }

  /** Appends an entry whose actor is the request's operator (anonymous without one) and whose origin is the request's. */
  async recordRequest(req: RequestWithPrincipal, entry: Omit<AuditEntryInput, 'actor' | 'origin'>, manager?: EntityManager): Promise<string> {
    return this.record({ ...entry, actor: await this.actorOf(req, manager), origin: originOf(req) }, manager);
  }

  /** The operator behind a request (name from the registry, role as the token granted it), or anonymous. */
  async actorOf(req: RequestWithPrincipal, manager: EntityManager = this.dataSource.manager): Promise<AuditActor> {
    const principal = req.principal;
    if (principal?.kind !== 'operator') return { type: 'ANONYMOUS' };
    const operator = await manager.findOneBy(OperatorRecord, { id: principal.id });
    const granted = (principal.roles ?? []).filter(isOperatorRole);
    const role: OperatorRole = granted.length > 0 ? OPERATOR_ROLES[Math.max(...granted.map((r) => OPERATOR_ROLES.indexOf(r)))] : (operator?.role ?? 'viewer');
    return { type: 'OPERATOR', operatorId: principal.id, name: operator?.name ?? '', role };
  }
}

/** The peer address (`trust proxy` is off) and user agent of a request. */
export function originOf(req: RequestWithPrincipal): AuditOrigin {
  return { ip: req.ip ?? req.socket?.remoteAddress ?? null, userAgent: req.get?.('user-agent') ?? null };
}
