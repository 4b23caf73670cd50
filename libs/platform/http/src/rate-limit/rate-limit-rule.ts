import type { RequestWithPrincipal } from '../principal/principal';

/** One fixed-window limit of {@link RateLimit}. */
export interface RateLimitRule {
  /** Stable name of the limit, part of its Redis key and of the 429 problem, e.g. `otp-per-phone`. */
  name: string;
  /** Requests allowed per window per subject. */
  limit: number;
  /** Window length in seconds; the window starts at a subject's first request. */
  windowSeconds: number;
  /**
   * The subject counted: API key id, IP, phone… (see `RateLimitKeys`). It is hashed before it reaches Redis, so
   * a raw phone number is fine here. Return undefined to skip this limit for the request.
   */
  key: (req: RequestWithPrincipal) => string | undefined;
  /**
   * When Redis is unavailable: true lets requests through (logged); false (default) answers 503
   * `rate-limit-unavailable`. Choose per endpoint: fail closed for OTP and other abuse targets.
   */
  failOpen?: boolean;
}

/** The state of one subject's window after a request was counted. */
export interface RateLimitState {
  limit: number;
  /** Requests counted in the window, this one included. */
  count: number;
  /** Requests left in the window (never negative). */
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}
