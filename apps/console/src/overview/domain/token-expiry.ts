/** The longest delay a Node.js timer takes (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * When the bearer token of an `Authorization` header expires (its JWT `exp`), or null when it has none. The
 * token was verified by the guard already: this only reads its claims.
 */
export function bearerTokenExpiry(authorization: string | undefined): Date | null {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : null;
  } catch {
    return null;
  }
}

/** How long a stream opened at `now` may stay open for a token expiring at `expiry` (none: as long as a timer goes). */
export function streamLifetimeMs(expiry: Date | null, now: Date): number {
  if (expiry === null) return MAX_TIMER_MS;
  return Math.min(MAX_TIMER_MS, Math.max(0, expiry.getTime() - now.getTime()));
}
