import type { CookieOptions } from 'express';
import { REFRESH_COOKIE } from './sign-in-policy';

/** The value of cookie `name` in a `Cookie` header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Attributes of the refresh-token cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
 * Path=/v1/auth (sent nowhere else), Secure over https or when forced, and living as long as the session may.
 */
export function refreshCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  return { ...clearRefreshCookieOptions(secure), maxAge: Math.max(0, maxAgeMs) };
}

/** The attributes to clear the refresh-token cookie with (the same name, path and flags; expired). */
export function clearRefreshCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_COOKIE.path };
}
