import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency.store';
import { ProblemDetailsFilter } from '../problem/problem-details.filter';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { createValidationPipe } from '../validation/create-validation-pipe';
import { HTTP_EDGE_OPTIONS, HTTP_EDGE_REDIS } from './http-edge.constants';
import type { HttpEdgeModuleOptions } from './http-edge-module-options';

/**
 * The module part of the HTTP edge (global), registering app-wide:
 * - the problem details exception filter (every error as `application/problem+json`);
 * - the ValidationPipe (`whitelist`, `forbidNonWhitelisted`, `transform`, all errors, `validation-error` problems);
 * - the idempotency interceptor behind `@Idempotent()`;
 * - the rate limiter behind `@RateLimit()` (its guard is attached by the decorator, after authentication).
 * The main.ts part is {@link configureHttpEdge}.
 *
 * @example HttpEdgeModule.forRoot({ service: 'orders', redis: REDIS })
 */
@Module({})
export class HttpEdgeModule {
  static forRoot(options: HttpEdgeModuleOptions): DynamicModule {
    const redis: Provider = options.redis
      ? { provide: HTTP_EDGE_REDIS, useExisting: options.redis }
      : { provide: HTTP_EDGE_REDIS, useValue: null };
    return {
      module: HttpEdgeModule,
      global: true,
      providers: [
        { provide: HTTP_EDGE_OPTIONS, useValue: options },
        redis,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        IdempotencyStore,
        RateLimiter,
        RateLimitGuard,
      ],
      exports: [HTTP_EDGE_OPTIONS, HTTP_EDGE_REDIS, IdempotencyStore, RateLimiter, RateLimitGuard],
    };
  }
}
