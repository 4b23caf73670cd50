import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { AUDIT_ACTION } from '../domain/audit-entry';
import { AuditInterceptor } from './audit.interceptor';
import { AUDITED_METADATA, type AuditedMetadata, type AuditedOptions } from './audited-metadata';

/**
 * Records every call of a console handler in the audit trail, once it has answered: the operator (id, name, role),
 * the action, the target, the route parameters and the request body (sanitised: no secret, password, code or full
 * phone), the origin and the correlation id; SUCCEEDED, or FAILED with the problem's status and type. The answer
 * itself is never recorded (it may hold credentials). Requests refused before the handler (no or bad token, too
 * weak a role) are in the security log instead.
 *
 * @example @Post() @Audited('partner.create', { target: 'partner', targetId: (r) => (r as Created).partner.id })
 */
export function Audited(action: string, options: AuditedOptions = {}): MethodDecorator {
  if (!AUDIT_ACTION.test(action)) throw new Error(`@Audited("${action}"): an action is dotted lowercase, e.g. partner.create`);
  return applyDecorators(SetMetadata(AUDITED_METADATA, { action, ...options } satisfies AuditedMetadata), UseInterceptors(AuditInterceptor));
}
