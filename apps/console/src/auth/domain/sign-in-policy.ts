/**
 * The rules of operator sign-in.
 *
 * - Passwords: argon2id with OWASP's parameters (m = 19 MiB, t = 2, p = 1); hashes made with other parameters are
 *   upgraded at the next successful sign-in.
 * - Second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30 s), one step of clock skew either way; each code is
 *   accepted once per operator (the last time-step used is remembered).
 * - Limits, counted per attempt (whatever the outcome) in Redis: {@link SIGN_IN_LIMIT_PER_NAME} per operator
 *   name and {@link SIGN_IN_LIMIT_PER_IP} per peer address, each per 15 minutes; over them 429 with Retry-After.
 */
export const PASSWORD_HASH = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** TOTP parameters, shown in the provisioning URI. */
export const TOTP = { issuer: 'TrustCircle', algorithm: 'SHA1', digits: 6, period: 30, window: 1 } as const;

export const SIGN_IN_LIMIT_PER_NAME = { limit: 10, windowSeconds: 15 * 60 } as const;
export const SIGN_IN_LIMIT_PER_IP = { limit: 30, windowSeconds: 15 * 60 } as const;

/** The cookie the browser keeps the refresh token in: HttpOnly, SameSite=Strict, sent to `/v1/auth` only. */
export const REFRESH_COOKIE = { name: 'tc_refresh', path: '/v1/auth' } as const;
