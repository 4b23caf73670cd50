/** Metadata key of `@RateLimit()`: the rules of a handler or controller. */
export const RATE_LIMIT_METADATA = 'tc:rate-limits';
