import { randomUUID } from 'node:crypto';
import { generateSigningKey, JwtError, privateKeyFromDer, publicKeyFromJwk, signJwt } from './ed25519-jwt';
import { impliedRoles, type OperatorVerificationKey, roleRank, signOperatorToken, verifyOperatorToken } from './operator-token';

describe('operator tokens', () => {
  const key = generateSigningKey();
  const privateKey = privateKeyFromDer(key.privateKeyDer);
  const verificationKey: OperatorVerificationKey = { kid: key.kid, key: publicKeyFromJwk(key.publicJwk), status: 'ACTIVE', notAfter: null };
  const keyOf = async (kid: string) => (kid === key.kid ? verificationKey : undefined);
  const now = new Date('2030-01-01T00:00:00Z');
  const operatorId = randomUUID();
  const issue = (at = now, ttlSeconds = 3600) => signOperatorToken({ operatorId, name: 'Lan', role: 'mediator', now: at, ttlSeconds }, key.kid, privateKey);

  it('carries sub, name, role, iss, aud, iat, exp and jti, and verifies', async () => {
    const { token, expiresAt } = issue();
    expect(expiresAt.toISOString()).toBe('2030-01-01T01:00:00.000Z');
    const identity = await verifyOperatorToken(token, keyOf, new Date(now.getTime() + 60_000));
    expect(identity).toMatchObject({ operatorId, name: 'Lan', role: 'mediator', kid: key.kid, expiresAt });
    expect(identity.tokenId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an expired token (beyond 30 s of leeway), one from the future, an unknown kid, and a key past notAfter', async () => {
    const { token } = issue();
    await expect(verifyOperatorToken(token, keyOf, new Date(now.getTime() + 3600_000 + 29_000))).resolves.toBeDefined();
    await expect(verifyOperatorToken(token, keyOf, new Date(now.getTime() + 3600_000 + 31_000))).rejects.toThrow('expired');
    await expect(verifyOperatorToken(issue(new Date(now.getTime() + 120_000)).token, keyOf, now)).rejects.toThrow('issued in the future');
    await expect(verifyOperatorToken(token, async () => undefined, now)).rejects.toThrow(/unknown or revoked key/);
    await expect(verifyOperatorToken(token, async () => ({ ...verificationKey, notAfter: new Date(now.getTime() - 1) }), now)).rejects.toThrow(/notAfter/);
  });

  it.each([
    ['another issuer', { iss: 'evil' }, 'wrong issuer'],
    ['another audience', { aud: 'other' }, 'wrong audience'],
    ['no exp', { exp: undefined }, 'no exp'],
    ['no sub', { sub: undefined }, 'no sub'],
    ['an unknown role', { role: 'root' }, 'no valid role'],
  ])('refuses %s', async (_what, override, message) => {
    const claims = { iss: 'trustcircle-console', aud: 'trustcircle', sub: operatorId, role: 'admin', exp: now.getTime() / 1000 + 60, ...override };
    await expect(verifyOperatorToken(signJwt(claims, key.kid, privateKey), keyOf, now)).rejects.toThrow(message);
  });

  it('accepts an audience array containing trustcircle', async () => {
    const claims = { iss: 'trustcircle-console', aud: ['x', 'trustcircle'], sub: operatorId, role: 'viewer', exp: now.getTime() / 1000 + 60 };
    await expect(verifyOperatorToken(signJwt(claims, key.kid, privateKey), keyOf, now)).resolves.toMatchObject({ role: 'viewer' });
  });

  it('refuses a token signed by another key under a known kid', async () => {
    const other = generateSigningKey();
    const { token } = signOperatorToken({ operatorId, name: 'x', role: 'admin', now, ttlSeconds: 60 }, key.kid, privateKeyFromDer(other.privateKeyDer));
    await expect(verifyOperatorToken(token, keyOf, now)).rejects.toThrow(JwtError);
  });

  it('ranks roles viewer < mediator < admin, each implying the weaker ones', () => {
    expect(roleRank('viewer')).toBeLessThan(roleRank('mediator'));
    expect(roleRank('mediator')).toBeLessThan(roleRank('admin'));
    expect(impliedRoles('admin')).toEqual(['viewer', 'mediator', 'admin']);
    expect(impliedRoles('viewer')).toEqual(['viewer']);
  });
});
