import { sha256Hex } from '@trustcircle/security';
import { expiryAfterRotation, generateNativeToken, NATIVE_TOKEN_PATTERN, nativeTokenMatches } from './native-token';

describe('native tokens', () => {
  it('generates path-safe tcn_ tokens, keeping only their SHA-256', () => {
    const a = generateNativeToken();
    const b = generateNativeToken();
    expect(a.token).toMatch(NATIVE_TOKEN_PATTERN);
    expect(encodeURIComponent(a.token)).toBe(a.token);
    expect(a.sha256).toBe(sha256Hex(a.token));
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token).not.toBe(b.token);
  });

  it('matches a presented token against any stored hash, and nothing else', () => {
    const current = generateNativeToken();
    const previous = generateNativeToken();
    const hashes = [previous.sha256, current.sha256];
    expect(nativeTokenMatches(current.token, hashes)).toBe(true);
    expect(nativeTokenMatches(previous.token, hashes)).toBe(true);
    expect(nativeTokenMatches(generateNativeToken().token, hashes)).toBe(false);
    expect(nativeTokenMatches(current.sha256, hashes)).toBe(false);
    expect(nativeTokenMatches(current.token, [])).toBe(false);
  });

  describe('expiryAfterRotation', () => {
    const now = new Date('2025-06-02T00:00:00Z');
    const hour = 3_600_000;

    it('gives the current token the grace period', () => {
      expect(expiryAfterRotation({ expiresAt: null }, now, 24 * hour)).toEqual(new Date('2025-06-03T00:00:00Z'));
    });

    it('replaces the current token at once with no grace', () => {
      expect(expiryAfterRotation({ expiresAt: null }, now, 0)).toEqual(now);
    });

    it('ends a token already in its grace now (at most two valid at a time)', () => {
      expect(expiryAfterRotation({ expiresAt: new Date('2025-06-02T10:00:00Z') }, now, 24 * hour)).toEqual(now);
    });

    it('leaves an already expired one as it was', () => {
      const past = new Date('2025-06-01T10:00:00Z');
      expect(expiryAfterRotation({ expiresAt: past }, now, 24 * hour)).toEqual(past);
    });
  });
});
