// Edge wiring
export { HttpEdgeModule } from './edge/http-edge.module';
export { configureHttpEdge } from './edge/configure-http-edge';
export type { HttpEdgeModuleOptions, IdempotencyOptions } from './edge/http-edge-module-options';
export type { ConfigureHttpEdgeOptions, OpenApiOptions } from './edge/configure-http-edge-options';
export { HTTP_EDGE_OPTIONS, HTTP_EDGE_REDIS } from './edge/http-edge.constants';
export { bodyParserProblem, MALFORMED_JSON_PROBLEM_TYPE } from './edge/body-parser-errors';
// Problem details
export { ProblemException, type ProblemInit } from './problem/problem.exception';
export {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  problemTypeUri,
  type ProblemDetails,
  type ProblemFieldError,
} from './problem/problem-details';
export { ProblemDetailsFilter } from './problem/problem-details.filter';
export { renderProblem, type ProblemContext, type RenderedProblem } from './problem/render-problem';
export { problemContextOf } from './problem/problem-context';
// Validation
export { createValidationPipe } from './validation/create-validation-pipe';
export { validationProblem, fieldErrorsOf, VALIDATION_PROBLEM_TYPE } from './validation/validation-problem';
// Principal
export { defaultTenantOf, type Principal, type RequestWithPrincipal } from './principal/principal';
// Idempotency
export { Idempotent, IDEMPOTENT_METADATA, type IdempotentOptions } from './idempotency/idempotent.decorator';
export { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
export { IdempotencyStore } from './idempotency/idempotency.store';
export { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from './idempotency/idempotency-key';
export { requestFingerprint } from './idempotency/request-fingerprint';
// Rate limiting
export { RateLimit } from './rate-limit/rate-limit.decorator';
export { RATE_LIMIT_METADATA } from './rate-limit/rate-limit.constants';
export { RateLimitGuard } from './rate-limit/rate-limit.guard';
export { RateLimiter } from './rate-limit/rate-limiter';
export { RateLimitKeys, normalizeVietnamesePhone } from './rate-limit/rate-limit-keys';
export type { RateLimitRule, RateLimitState } from './rate-limit/rate-limit-rule';
export { edgeRedisKey } from './redis/edge-redis-key';
// Content negotiation
export { wantsCsv } from './negotiation/wants-csv';
