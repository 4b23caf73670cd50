import { createHash, randomBytes } from 'node:crypto';

/** A refresh token: `tcrt_` and 32 random bytes (256 bits), base64url. */
export const REFRESH_TOKEN_PATTERN = /^tcrt_[A-Za-z0-9_-]{43}$/;

/** A new refresh token. Only its hash is stored. */
export function generateRefreshToken(): string {
  return `tcrt_${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps of a refresh token: SHA-256, hex (the token is random, so no salt or slow hash is needed). */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
