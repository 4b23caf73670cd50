import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { RequestWithPrincipal } from '../principal/principal';
import { ProblemException } from '../problem/problem.exception';
import { RATE_LIMIT_METADATA } from './rate-limit.constants';
import type { RateLimitRule, RateLimitState } from './rate-limit-rule';
import { RateLimiter } from './rate-limiter';

/**
 * Enforces the {@link RateLimit} rules of a handler (and its controller). Sets `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` (of the tightest rule) on every answer; over a limit, 429
 * `rate-limited` with `Retry-After`. Each request is counted once even when the guard is applied twice.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger('RateLimit');
  private readonly counted = new WeakSet<object>();

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const res = context.switchToHttp().getResponse<Response>();
    if (this.counted.has(req)) return true;
    this.counted.add(req);

    const rules = this.reflector.getAllAndMerge<RateLimitRule[]>(RATE_LIMIT_METADATA, [context.getHandler(), context.getClass()]);
    let tightest: RateLimitState | undefined;
    for (const rule of rules) {
      const subject = rule.key(req);
      if (subject === undefined || subject === '') continue;
      const state = await this.hit(rule, subject);
      if (!state) continue;
      if (!tightest || state.remaining < tightest.remaining) tightest = state;
      if (state.count > rule.limit) {
        setHeaders(res, state);
        throw tooMany(rule, state);
      }
    }
    if (tightest) setHeaders(res, tightest);
    return true;
  }

  private async hit(rule: RateLimitRule, subject: string): Promise<RateLimitState | undefined> {
    try {
      return await this.limiter.hit(rule, subject);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (rule.failOpen) {
        this.logger.warn(`Rate limit "${rule.name}" not enforced (failing open): ${reason}`);
        return undefined;
      }
      this.logger.error(`Rate limit "${rule.name}" unavailable (failing closed): ${reason}`);
      throw new ProblemException({
        status: 503,
        type: 'rate-limit-unavailable',
        title: 'Service temporarily unavailable',
        detail: 'The request could not be checked against its rate limit; retry later.',
        headers: { 'Retry-After': '1' },
      });
    }
  }
}

function setHeaders(res: Response, state: RateLimitState): void {
  res.setHeader('RateLimit-Limit', String(state.limit));
  res.setHeader('RateLimit-Remaining', String(state.remaining));
  res.setHeader('RateLimit-Reset', String(state.resetSeconds));
}

function tooMany(rule: RateLimitRule, state: RateLimitState): ProblemException {
  return new ProblemException({
    status: 429,
    type: 'rate-limited',
    title: 'Too many requests',
    detail: `Limit "${rule.name}" of ${rule.limit} requests per ${rule.windowSeconds} s reached; retry in ${state.resetSeconds} s.`,
    extensions: { limit: rule.name },
    headers: { 'Retry-After': String(state.resetSeconds) },
  });
}
