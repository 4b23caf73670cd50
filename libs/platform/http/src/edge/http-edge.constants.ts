/** Injection token of the {@link HttpEdgeModuleOptions}. */
export const HTTP_EDGE_OPTIONS = Symbol('HTTP_EDGE_OPTIONS');

/** Injection token of the ioredis client used for idempotency keys and rate limits (null when none was given). */
export const HTTP_EDGE_REDIS = Symbol('HTTP_EDGE_REDIS');
