import { HttpException, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException, type RequestWithPrincipal } from '@trustcircle/http';
import { catchError, concatMap, from, throwError, type Observable } from 'rxjs';
import { Audit } from '../application/audit';
import { AUDITED_METADATA, type AuditedMetadata } from './audited-metadata';

/** Writes the audit line of `@Audited()` handlers, after they answered or failed (see there). */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: Audit,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const meta = this.reflector.get<AuditedMetadata | undefined>(AUDITED_METADATA, context.getHandler());
    if (!meta || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        await this.write(req, meta, result, undefined);
        return result;
      }),
      catchError((error: unknown) => from(this.write(req, meta, undefined, error)).pipe(concatMap(() => throwError(() => error)))),
    );
  }

  /** Never throws: the action is done (or failed) already; a lost line is logged as an error. */
  private async write(req: RequestWithPrincipal, meta: AuditedMetadata, result: unknown, error: unknown): Promise<void> {
    try {
      const targetId = typeof meta.targetId === 'function' ? (result === undefined ? undefined : meta.targetId(result, req)) : meta.targetId ? req.params[meta.targetId] : undefined;
      const detail: Record<string, unknown> = {};
      if (Object.keys(req.params ?? {}).length > 0) detail.params = { ...req.params };
      if (Object.keys((req.query as object | undefined) ?? {}).length > 0) detail.query = { ...(req.query as object) };
      if (meta.body !== false && req.body && typeof req.body === 'object' && Object.keys(req.body as object).length > 0) detail.body = req.body;
      if (error !== undefined) detail.error = errorOf(error);
      await this.audit.recordRequest(req, {
        action: meta.action,
        outcome: error === undefined ? 'SUCCEEDED' : 'FAILED',
        ...(meta.target && targetId ? { target: { type: meta.target, id: String(targetId) } } : {}),
        detail,
      });
    } catch (e) {
      this.logger.error(`audit line of ${meta.action} ${req.method} ${req.path} not written: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** The status and problem type of a failure (never its message: it may quote input). */
function errorOf(error: unknown): { status: number; type?: string } {
  if (error instanceof ProblemException) return { status: error.problem.status, type: error.problem.type };
  if (error instanceof HttpException) return { status: error.getStatus() };
  return { status: 500 };
}
