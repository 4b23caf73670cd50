import { createHash } from 'node:crypto';
import { generateRefreshToken, REFRESH_TOKEN_PATTERN, refreshTokenHash } from './refresh-token';

describe('refresh tokens', () => {
  it('are 256 random bits behind a prefix, stored as their SHA-256', () => {
    const token = generateRefreshToken();
    expect(token).toMatch(REFRESH_TOKEN_PATTERN);
    expect(Buffer.from(token.slice('tcrt_'.length), 'base64url')).toHaveLength(32);
    expect(generateRefreshToken()).not.toBe(token);
    expect(refreshTokenHash(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(refreshTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
