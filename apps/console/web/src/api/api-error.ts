import type { Problem } from './wire-types';

/**
 * A failed call to a TrustCircle API: no answer at all (`network`), or an answer that is not a success, with its
 * problem details when the body is `application/problem+json` (every TrustCircle error is).
 */
export class ApiError extends Error {
  constructor(
    readonly kind: 'network' | 'http',
    readonly status: number,
    readonly problem: Problem | null,
    /** Seconds from `Retry-After` (429, 503), or null. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? (kind === 'network' ? 'network error' : `HTTP ${status}`));
    this.name = 'ApiError';
  }

  /** The problem type's slug: `https://trustcircle.vn/problems/invalid-otp` → `invalid-otp`; '' without a problem. */
  get type(): string {
    const type = this.problem?.type ?? '';
    return type.slice(type.lastIndexOf('/') + 1);
  }

  /** An answer saying the buyer token is missing, expired or not valid: the buyer must get a new code. */
  get isSessionExpired(): boolean {
    return this.kind === 'http' && this.status === 401 && this.type !== 'invalid-otp';
  }
}

/** Reads a problem out of a parsed body, or null when it is not one. */
export function problemOf(body: unknown): Problem | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Partial<Problem>;
  return typeof b.type === 'string' && typeof b.status === 'number' ? (b as Problem) : null;
}

/** `Retry-After` as seconds (a number of seconds or an HTTP date), or null. */
export function retryAfterSecondsOf(header: string | null, nowMs: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}
