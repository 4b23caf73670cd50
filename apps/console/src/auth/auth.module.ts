import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { AuthSessionsController } from './api/auth-sessions.controller';
import { OperatorAccessController } from './api/operator-access.controller';
import { SessionBoundTokenInterceptor } from './api/session-bound-token.interceptor';
import { AuthCoreModule } from './auth-core.module';

/**
 * Operator sign-in, sessions and the audit trail over HTTP: `/v1/auth/sessions…`, enrolment and session
 * revocation under `/v1/admin/operators/{id}`, `/v1/admin/audit`, and the check that a session's access tokens
 * stop at the console when the session ends.
 */
@Module({
  imports: [AuditModule, AuthCoreModule],
  controllers: [AuthSessionsController, OperatorAccessController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: SessionBoundTokenInterceptor }],
})
export class AuthModule {}
