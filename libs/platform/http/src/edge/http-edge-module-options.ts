import type { InjectionToken } from '@nestjs/common';
import type { RequestWithPrincipal } from '../principal/principal';

/** Idempotency-Key settings. */
export interface IdempotencyOptions {
  /** How long a completed response is kept for replays, in seconds. Default 86 400 (24 h). */
  ttlSeconds?: number;
  /**
   * How long a key stays "in progress" without completing, in seconds. A process that dies mid-request leaves its
   * key locked at most this long, after which a retry runs the request again. Default 120.
   */
  lockSeconds?: number;
  /** The tenant that scopes keys. Default {@link defaultTenantOf}. */
  tenantOf?: (req: RequestWithPrincipal) => string;
  /** Response headers stored with a response and sent again on replays. Default location, content-location, etag, last-modified, content-type. */
  replayHeaders?: string[];
}

/** Options of {@link HttpEdgeModule.forRoot}. */
export interface HttpEdgeModuleOptions {
  /** The service name; Redis keys are `tc:{service}:idem:…` and `tc:{service}:rl:…`. */
  service: string;
  /**
   * Token of the ioredis client to use, e.g. `REDIS` from `@trustcircle/redis` (its `RedisModule` must be
   * imported). Needed by `@Idempotent()` and `@RateLimit()`.
   */
  redis?: InjectionToken;
  /** Idempotency-Key settings. */
  idempotency?: IdempotencyOptions;
}
