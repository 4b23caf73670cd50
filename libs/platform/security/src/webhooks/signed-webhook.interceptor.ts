import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, problemContextOf, renderProblem } from '@trustcircle/http';
import type { Response } from 'express';
import { catchError, concatMap, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import type { SignedWebhookRequest, SignedWebhookState } from './signed-webhook-state';
import { webhookIdReused, webhookInProgress, webhookReplayUnavailable } from './webhook-problems';
import { decideReplay, type WebhookReplayRecord } from './webhook-replay-record';
import { type WebhookLock, WebhookReplayStore } from './webhook-replay.store';

/** The response header set on an answer replayed to a retried webhook. */
export const WEBHOOK_REPLAYED_HEADER = 'Webhook-Replayed';

const STORED_HEADERS = ['content-type', 'location', 'retry-after'];

/**
 * The interceptor of `@SignedWebhook()`: answers a retried message as the first was (status, body, a few
 * headers, plus `Webhook-Replayed: true`), and otherwise takes the message, runs the handler and stores its
 * answer for retries. 2xx and 4xx answers are stored; after a 5xx the message stays accepted but unanswered, so
 * its retry is processed again (its timestamp not judged again).
 */
@Injectable()
export class SignedWebhookInterceptor implements NestInterceptor {
  private readonly logger = new Logger('SignedWebhook');

  constructor(private readonly replay: WebhookReplayStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<SignedWebhookRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    const state = req.signedWebhook;
    if (!state) throw new Error('SignedWebhookInterceptor runs only after SignedWebhookGuard');
    if (state.decision.kind === 'replay') return this.answer(state.decision.record, res);
    if (state.decision.kind === 'in-progress') return throwError(() => webhookInProgress());
    return from(this.take(state)).pipe(
      mergeMap((taken) => {
        if ('lock' in taken) return this.execute(taken.lock, req, res, next);
        const decision = decideReplay(taken.existing, state.bodySha256, Date.now());
        if (decision.kind === 'replay') return this.answer(decision.record, res);
        if (decision.kind === 'id-reused') return throwError(() => webhookIdReused());
        return throwError(() => webhookInProgress());
      }),
    );
  }

  private async take(state: SignedWebhookState): Promise<{ lock: WebhookLock } | { existing: WebhookReplayRecord }> {
    try {
      const result = await this.replay.take(state.replayKey, state.bodySha256, new Date().toISOString());
      return 'taken' in result ? { lock: result.taken } : result;
    } catch (e) {
      this.logger.error(`webhook replay store unavailable: ${e instanceof Error ? e.message : String(e)}`);
      throw webhookReplayUnavailable();
    }
  }

  private execute(lock: WebhookLock, req: SignedWebhookRequest, res: Response, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => from(this.settleError(lock, req, res, error)).pipe(mergeMap(() => throwError(() => error)))),
      concatMap(async (value: unknown) => {
        await this.store(() => this.replay.complete(lock, { status: res.statusCode, headers: pick(res), body: value === undefined ? null : JSON.stringify(value) }));
        return value;
      }),
    );
  }

  private async settleError(lock: WebhookLock, req: SignedWebhookRequest, res: Response, error: unknown): Promise<void> {
    const problem = renderProblem(error, problemContextOf(req, res));
    if (problem.status >= 500) return this.store(() => this.replay.fail(lock));
    const headers = { 'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`, ...lowerKeys(problem.headers) };
    await this.store(() => this.replay.complete(lock, { status: problem.status, headers, body: JSON.stringify(problem.body) }));
  }

  private async store(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (e) {
      // The effect happened and the answer still goes out; a retry finds the lock, then (after it runs out) runs again.
      this.logger.error(`could not store a webhook answer: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private answer(record: Extract<WebhookReplayRecord, { state: 'completed' }>, res: Response): Observable<unknown> {
    res.status(record.status);
    for (const [name, value] of Object.entries(record.headers)) res.setHeader(name, value);
    res.setHeader(WEBHOOK_REPLAYED_HEADER, 'true');
    return of(record.body === null ? undefined : (JSON.parse(record.body) as unknown));
  }
}

function pick(res: Response): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of STORED_HEADERS) {
    const value = res.getHeader(name);
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return picked;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
