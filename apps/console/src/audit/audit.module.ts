import { Global, Module } from '@nestjs/common';
import { AuditController } from './api/audit.controller';
import { AuditInterceptor } from './api/audit.interceptor';
import { Audit } from './application/audit';
import { ListAuditQuery } from './application/list-audit/list-audit.query';

/**
 * The audit trail (global): the `Audit` service every console feature records with, the interceptor behind
 * `@Audited()`, and `GET /v1/admin/audit`.
 */
@Global()
@Module({ controllers: [AuditController], providers: [Audit, AuditInterceptor, ListAuditQuery], exports: [Audit, AuditInterceptor] })
export class AuditModule {}
