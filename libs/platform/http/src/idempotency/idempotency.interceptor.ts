import { Inject, Injectable, Logger, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { routeTemplateOf } from '@trustcircle/observability';
import { catchError, concatMap, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { HTTP_EDGE_OPTIONS } from '../edge/http-edge.constants';
import type { HttpEdgeModuleOptions } from '../edge/http-edge-module-options';
import { defaultTenantOf, type RequestWithPrincipal } from '../principal/principal';
import { problemContextOf } from '../problem/problem-context';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details';
import { ProblemException } from '../problem/problem.exception';
import { renderProblem } from '../problem/render-problem';
import { HandlerExecution, type HandlerExecutionState } from './handler-execution';
import { IDEMPOTENT_REPLAYED_HEADER, readIdempotencyKey } from './idempotency-key';
import type { BeginOutcome, CompletedRecord, ProcessingRecord } from './idempotency-record';
import { IdempotencyStore } from './idempotency.store';
import { IDEMPOTENT_METADATA, type IdempotentOptions } from './idempotent.decorator';
import { requestFingerprint } from './request-fingerprint';

const DEFAULT_REPLAY_HEADERS = ['location', 'content-location', 'etag', 'last-modified', 'content-type'];

/** One idempotent request in progress. */
interface Attempt {
  key: string;
  fingerprint: string;
  lock: ProcessingRecord;
  req: RequestWithPrincipal;
  res: Response;
}

/** Global interceptor enforcing {@link Idempotent} handlers (see there for the semantics). */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly tenantOf: (req: RequestWithPrincipal) => string;
  private readonly replayHeaders: string[];

  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
    @Inject(HTTP_EDGE_OPTIONS) options: HttpEdgeModuleOptions,
  ) {
    this.tenantOf = options.idempotency?.tenantOf ?? defaultTenantOf;
    this.replayHeaders = (options.idempotency?.replayHeaders ?? DEFAULT_REPLAY_HEADERS).map((h) => h.toLowerCase());
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENT_METADATA, context.getHandler());
    if (!options || context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const res = context.switchToHttp().getResponse<Response>();
    const idempotencyKey = readIdempotencyKey(req, options.required ?? false);
    if (idempotencyKey === undefined) return next.handle();
    if (!this.store.enabled) throw new Error('@Idempotent() needs Redis: pass HttpEdgeModule.forRoot({ redis: REDIS, … }).');

    const route = routeTemplateOf(req);
    const key = this.store.keyOf(this.tenantOf(req), `${req.method} ${route}`, idempotencyKey);
    // The fingerprint has the actual path: one key reused on another resource (`/v1/disputes/A/…` then `…/B/…`)
    // is a reuse (422), never a replay of the first resource's answer.
    const fingerprint = requestFingerprint(req.method, req.path, req.body);
    return from(this.begin(key, fingerprint)).pipe(
      mergeMap((outcome) => {
        switch (outcome.kind) {
          case 'started':
            return this.execute({ key, fingerprint, lock: outcome.lock, req, res }, next);
          case 'completed':
            return this.replay(outcome.record, res);
          case 'in-progress':
            return throwError(() => inProgress());
          case 'mismatch':
            return throwError(() => reused());
        }
      }),
    );
  }

  private async begin(key: string, fingerprint: string): Promise<BeginOutcome> {
    try {
      return await this.store.begin(key, fingerprint);
    } catch (error) {
      this.logger.error(`Idempotency store unavailable: ${error instanceof Error ? error.message : String(error)}`);
      throw new ProblemException({
        status: 503,
        type: 'idempotency-unavailable',
        title: 'Idempotency check unavailable',
        detail: 'The request was not processed; retry later with the same Idempotency-Key.',
        headers: { 'Retry-After': '1' },
      });
    }
  }

  private execute(attempt: Attempt, next: CallHandler): Observable<unknown> {
    const state: HandlerExecutionState = { began: false };
    return HandlerExecution.run(state, () => next.handle()).pipe(
      catchError((error: unknown) => from(this.settleError(attempt, state, error)).pipe(mergeMap(() => throwError(() => error)))),
      concatMap(async (value: unknown) => {
        await this.settleSuccess(attempt, value);
        return value;
      }),
    );
  }

  private async settleSuccess(attempt: Attempt, value: unknown): Promise<void> {
    if (value instanceof StreamableFile || Buffer.isBuffer(value)) {
      this.logger.warn('An @Idempotent() handler returned binary data, which is not stored; the key is released.');
      return this.release(attempt);
    }
    const headers = this.pickHeaders(attempt.res);
    const body = value === undefined ? null : JSON.stringify(value);
    await this.save(attempt, { status: attempt.res.statusCode, headers, body });
  }

  private async settleError(attempt: Attempt, state: HandlerExecutionState, error: unknown): Promise<void> {
    if (!state.began) return this.release(attempt); // rejected before the handler ran (validation): retryable
    const problem = renderProblem(error, problemContextOf(attempt.req, attempt.res));
    const headers = { 'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`, ...problem.headers };
    await this.save(attempt, { status: problem.status, headers, body: JSON.stringify(problem.body) });
  }

  private async save(attempt: Attempt, outcome: Pick<CompletedRecord, 'status' | 'headers' | 'body'>): Promise<void> {
    try {
      await this.store.complete(attempt.key, { ...outcome, fingerprint: attempt.fingerprint });
    } catch (error) {
      // The effect happened; the response still goes out. A retry within lockSeconds gets 409, later it runs again.
      this.logger.error(`Could not store an idempotent response: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async release(attempt: Attempt): Promise<void> {
    try {
      await this.store.release(attempt.key, attempt.lock);
    } catch (error) {
      this.logger.warn(`Could not release an idempotency key: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private replay(record: CompletedRecord, res: Response): Observable<unknown> {
    res.status(record.status);
    for (const [name, value] of Object.entries(record.headers)) res.setHeader(name, value);
    res.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return of(record.body === null ? undefined : (JSON.parse(record.body) as unknown));
  }

  private pickHeaders(res: Response): Record<string, string> {
    const picked: Record<string, string> = {};
    for (const name of this.replayHeaders) {
      const value = res.getHeader(name);
      if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return picked;
  }
}

function inProgress(): ProblemException {
  return new ProblemException({
    status: 409,
    type: 'idempotency-key-in-progress',
    title: 'Request in progress',
    detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
    headers: { 'Retry-After': '1' },
  });
}

function reused(): ProblemException {
  return new ProblemException({
    status: 422,
    type: 'idempotency-key-reuse',
    title: 'Idempotency-Key reused',
    detail: 'This Idempotency-Key was already used with a different request body; use a new key for a new request.',
  });
}
