import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { resolve } from 'node:path';
import { SIGNING_KEY_ID } from '@trustcircle/contracts';
import { decodeJwtHeader, generateSigningKey, jwkThumbprint, JwtError, privateKeyFromDer, publicKeyFromJwk, signJwt, verifyJwtSignature } from './ed25519-jwt';

const ROOT = resolve(__dirname, '..', '..', '..', '..', '..');

/** Runs a snippet in a real Node process, where jose (ESM-only) loads; jest cannot load it. */
function withJose(script: string, input: unknown): unknown {
  const out = execFileSync(process.execPath, ['-e', `const jose = require('jose'); const input = JSON.parse(process.argv[1]); (async () => { ${script} })().then((r) => process.stdout.write(JSON.stringify(r)), (e) => { process.stderr.write(String(e)); process.exit(1); });`, JSON.stringify(input)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1' },
  });
  return JSON.parse(out) as unknown;
}

describe('EdDSA JWT (Ed25519)', () => {
  const key = generateSigningKey();
  const privateKey = privateKeyFromDer(key.privateKeyDer);
  const publicKey = publicKeyFromJwk(key.publicJwk);

  it('names a key by its RFC 7638 thumbprint, a valid signing key id', () => {
    expect(key.kid).toBe(jwkThumbprint(key.publicJwk));
    expect(key.kid).toMatch(SIGNING_KEY_ID);
    expect(key.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(key.publicJwk).not.toHaveProperty('d');
  });

  it('signs and verifies, with alg EdDSA and the kid in the header', () => {
    const token = signJwt({ sub: 'op-1', n: 1 }, key.kid, privateKey);
    expect(decodeJwtHeader(token)).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: key.kid });
    expect(verifyJwtSignature(token, publicKey)).toEqual({ sub: 'op-1', n: 1 });
  });

  it('refuses another key, a changed payload, alg none or HS256, and malformed tokens', () => {
    const token = signJwt({ sub: 'op-1' }, key.kid, privateKey);
    const other = publicKeyFromJwk(generateSigningKey().publicJwk);
    expect(() => verifyJwtSignature(token, other)).toThrow(JwtError);
    const [h, , s] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin' })).toString('base64url');
    expect(() => verifyJwtSignature(`${h}.${forgedPayload}.${s}`, publicKey)).toThrow(JwtError);
    for (const alg of ['none', 'HS256']) {
      const header = Buffer.from(JSON.stringify({ alg, kid: key.kid })).toString('base64url');
      expect(() => verifyJwtSignature(`${header}.${token.split('.')[1]}.${s}`, publicKey)).toThrow(/alg/);
    }
    for (const bad of ['', 'a.b', 'a.b.c.d', 'a.b.c', '!!.??.**']) expect(() => verifyJwtSignature(bad, publicKey)).toThrow(JwtError);
  });

  it('refuses a public JWK that is not Ed25519', () => {
    expect(() => publicKeyFromJwk({ kty: 'OKP', crv: 'X25519' as 'Ed25519', x: key.publicJwk.x })).toThrow();
    const ed448 = generateKeyPairSync('ed448').publicKey.export({ format: 'jwk' }) as { x: string };
    expect(() => publicKeyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: ed448.x })).toThrow();
  });

  it('interoperates with jose: jose verifies our tokens and we verify jose-signed ones', () => {
    const token = signJwt({ iss: 'trustcircle-console', aud: 'trustcircle', sub: 'op-1', exp: Math.floor(Date.now() / 1000) + 60 }, key.kid, privateKey);
    const verified = withJose(
      `const k = await jose.importJWK(input.jwk, 'EdDSA'); const r = await jose.jwtVerify(input.token, k, { issuer: 'trustcircle-console', audience: 'trustcircle', algorithms: ['EdDSA'] }); return { payload: r.payload, header: r.protectedHeader };`,
      { jwk: key.publicJwk, token },
    ) as { payload: { sub: string }; header: { kid: string } };
    expect(verified.payload.sub).toBe('op-1');
    expect(verified.header.kid).toBe(key.kid);

    const fromJose = withJose(
      `const { publicKey, privateKey } = await jose.generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true }); const jwk = await jose.exportJWK(publicKey); const token = await new jose.SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'EdDSA', kid: 'k-jose-1' }).setSubject('op-2').sign(privateKey); return { jwk, token };`,
      {},
    ) as { jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string }; token: string };
    expect(verifyJwtSignature(fromJose.token, publicKeyFromJwk(fromJose.jwk))).toMatchObject({ sub: 'op-2', role: 'admin' });
  });
});
