import { randomBytes } from 'node:crypto';
import { BUYER_TOKEN_AUDIENCE, BUYER_TOKEN_ISSUER, signBuyerToken, verifyBuyerToken } from './buyer-token';
import { deriveBuyerTokenKeys } from './buyer-token-keys';
import { JwtError, signJwt } from './ed25519-jwt';

/** What orders' original derivation gave for the platform key 0x07 × 32 (recorded before the move to this library). */
const GOLDEN_KID = 'TZ9qHMgMz9n4gdA2aDt-ftMiVwa0rZQNXtN1YwSCQLE';
const GOLDEN_SPKI = '302a300506032b65700321004de2249e16ddadd12eb1a027fc08a42977c79c180567caa7d4925e98e608fc5c';

describe('buyer tokens', () => {
  const platformKey = randomBytes(32).toString('base64');
  const keys = deriveBuyerTokenKeys(platformKey);
  const now = new Date('2026-11-29T14:30:00.000Z');
  const orderId = '3f1c2b9e-5d4a-4b8e-9c7f-0a1b2c3d4e5f';
  const issue = (at = now): string => signBuyerToken({ orderId, orderCode: 'TC-7KQ4-M2XD', now: at, ttlSeconds: 1800 }, keys.keyId, keys.signingKey).token;
  const verify = (token: string, at = now): ReturnType<typeof verifyBuyerToken> => verifyBuyerToken(token, keys.keyId, keys.verificationKey, at);

  it('derives the same key from the same platform key, and another key from another', () => {
    expect(deriveBuyerTokenKeys(platformKey).keyId).toBe(keys.keyId);
    expect(deriveBuyerTokenKeys(randomBytes(32).toString('base64')).keyId).not.toBe(keys.keyId);
    expect(() => deriveBuyerTokenKeys(randomBytes(16).toString('base64'))).toThrow('PLATFORM_ENCRYPTION_KEY must be 32 bytes');
  });

  it('derives the key orders always derived (HKDF label unchanged, so tokens already issued stay valid)', () => {
    const fixed = deriveBuyerTokenKeys(Buffer.alloc(32, 7).toString('base64'));
    expect(fixed.keyId).toBe(GOLDEN_KID);
    expect(fixed.verificationKey.export({ format: 'der', type: 'spki' }).toString('hex')).toBe(GOLDEN_SPKI);
  });

  it('grant one order for 30 minutes', () => {
    const token = issue();
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: BUYER_TOKEN_ISSUER, aud: BUYER_TOKEN_AUDIENCE, sub: orderId, scope: 'TC-7KQ4-M2XD', iat: now.getTime() / 1000, exp: now.getTime() / 1000 + 1800 });
    expect(verify(token, new Date(now.getTime() + 29 * 60_000))).toMatchObject({ orderId, orderCode: 'TC-7KQ4-M2XD', expiresAt: new Date(now.getTime() + 1_800_000) });
  });

  it('are refused once expired, when tampered with, or signed by another key', () => {
    const token = issue();
    expect(() => verify(token, new Date(now.getTime() + 31 * 60_000))).toThrow(new JwtError('expired'));
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    expect(() => verify(`${h}.${forged}.${s}`)).toThrow(JwtError);
    const other = deriveBuyerTokenKeys(randomBytes(32).toString('base64'));
    expect(() => verify(signBuyerToken({ orderId, orderCode: 'TC-7KQ4-M2XD', now, ttlSeconds: 1800 }, keys.keyId, other.signingKey).token)).toThrow(JwtError);
    expect(() => verify(issue(new Date(now.getTime() + 60_000)))).toThrow(new JwtError('issued in the future'));
  });

  it('refuse a token for another audience (an operator token signed with the same key)', () => {
    const iat = now.getTime() / 1000;
    const operatorLike = signJwt({ iss: BUYER_TOKEN_ISSUER, aud: 'trustcircle', sub: orderId, scope: 'TC-7KQ4-M2XD', iat, exp: iat + 60 }, keys.keyId, keys.signingKey);
    expect(() => verify(operatorLike)).toThrow(new JwtError('wrong audience'));
    expect(() => verify('not.a.token')).toThrow(JwtError);
  });
});
