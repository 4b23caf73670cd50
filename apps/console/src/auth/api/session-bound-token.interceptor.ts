import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestWithPrincipal } from '@trustcircle/http';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { SecurityLog } from '@trustcircle/security';
import { from, mergeMap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuthProblems } from '../domain/auth-problems';
import { sessionIdOfBearer } from '../domain/session-claim';
import { OperatorSessionRecord } from '../infrastructure/operator-session.orm-entity';

/**
 * At the console, an access token issued by a sign-in works only while its session lives (not revoked, not past its
 * absolute end): a sign-out or an admin revocation stops it at once, not when it expires. Runs on every request
 * (global), after the operator guard has verified the token; tokens without a session (the admin CLI's) pass.
 */
@Injectable()
export class SessionBoundTokenInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (req.principal?.kind !== 'operator') return next.handle();
    const sessionId = sessionIdOfBearer(req.headers.authorization);
    if (!sessionId) return next.handle();
    return from(this.check(req, req.principal.id, sessionId)).pipe(mergeMap(() => next.handle()));
  }

  private async check(req: RequestWithPrincipal, operatorId: string, sessionId: string): Promise<void> {
    const session = await this.dataSource.manager.findOneBy(OperatorSessionRecord, { id: sessionId });
    const live = !!session && session.operatorId === operatorId && !session.revokedAt && this.clock.now().getTime() < session.expiresAt.getTime();
    if (live) return;
    SecurityLog.refused('operator-session-ended', req, { operatorId, sessionId, reason: session?.revokedReason ?? (session ? 'expired' : 'unknown') });
    throw AuthProblems.sessionEnded();
  }
}
