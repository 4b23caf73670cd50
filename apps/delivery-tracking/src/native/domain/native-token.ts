import { randomBytes } from 'node:crypto';
import { constantTimeEqual, sha256Hex } from '@trustcircle/security';

/**
 * A courier's native webhook token: `tcn_` and 32 random bytes in base64url (43 characters), safe in a URL path.
 * GHN puts it in the webhook URL (`/v1/couriers/{courierId}/ghn/{token}`: GHN signs nothing), Viettel Post in the
 * body's `TOKEN`. Only its SHA-256 (hex) is stored; 256 random bits make an unsalted fast hash safe.
 */
export const NATIVE_TOKEN_PATTERN = /^tcn_[A-Za-z0-9_-]{43}$/;

/** A newly generated native token and what is kept of it. */
export interface GeneratedNativeToken {
  /** The token. Shown once, never stored. */
  token: string;
  /** SHA-256 (lowercase hex) of the whole token. */
  sha256: string;
}

/** Generates a native webhook token. */
export function generateNativeToken(): GeneratedNativeToken {
  const token = `tcn_${randomBytes(32).toString('base64url')}`;
  return { token, sha256: sha256Hex(token) };
}

/**
 * Whether a presented token matches one of the stored hashes: every hash is compared, in constant time, whatever
 * matches first (no early exit, so timing tells nothing about which or how many).
 */
export function nativeTokenMatches(presented: string, storedHashes: readonly string[]): boolean {
  const presentedHash = sha256Hex(presented);
  let matched = false;
  for (const stored of storedHashes) {
    if (constantTimeEqual(presentedHash, stored)) matched = true;
  }
  return matched;
}

/**
 * When the tokens already valid stop being valid once a new one is issued (rotation): the current token gets a
 * grace period (`graceMs`; 0 = replaced at once, e.g. after a leak), so the courier can switch its configuration
 * without losing events; a token already in its grace period ends now (at most two are valid at a time).
 */
export function expiryAfterRotation(current: { expiresAt: Date | null }, now: Date, graceMs: number): Date {
  if (current.expiresAt === null) return new Date(now.getTime() + graceMs);
  return current.expiresAt.getTime() < now.getTime() ? current.expiresAt : now;
}
