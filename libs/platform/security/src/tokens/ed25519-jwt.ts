import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';

/**
 * Compact JWS/JWT with EdDSA over Ed25519 (RFC 7515, 7519, 8037), on node:crypto.
 *
 * Why not `jose`: jose 6 is ESM-only, and jest 30 on Node 20 cannot `require()` ES modules, so nothing importing
 * jose could be tested. These few functions are standard compact serialisation; a unit test proves jose verifies
 * our tokens and that we verify jose's (run in a child Node process, which can load it).
 */

/** An Ed25519 public key as a JWK (RFC 8037). */
export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  /** base64url of the 32-byte public key. */
  x: string;
}

/** A new signing key: its id, public JWK, and the private key (PKCS#8 DER) to seal. */
export interface GeneratedSigningKey {
  kid: string;
  publicJwk: Ed25519PublicJwk;
  privateKeyDer: Buffer;
}

/** Thrown for any token that does not verify; the message is for logs, never for the client. */
export class JwtError extends Error {
  override name = 'JwtError';
}

/** The protected header we read. */
export interface JwtHeader {
  alg: string;
  kid?: string;
  typ?: string;
}

/** Generates an Ed25519 key; its id is the RFC 7638 thumbprint of the public JWK. */
export function generateSigningKey(): GeneratedSigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicJwk = publicJwkOf(publicKey);
  return { kid: jwkThumbprint(publicJwk), publicJwk, privateKeyDer: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

/** The public JWK of an Ed25519 key. */
export function publicJwkOf(key: KeyObject): Ed25519PublicJwk {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' }) as { kty?: string; crv?: string; x?: string };
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('not an Ed25519 key');
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

/** RFC 7638 thumbprint (base64url SHA-256 of the required members in lexicographic order). */
export function jwkThumbprint(jwk: Ed25519PublicJwk): string {
  return createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })).digest('base64url');
}

/** A verification key from a public JWK. @throws Error for anything but an Ed25519 public key. */
export function publicKeyFromJwk(jwk: Ed25519PublicJwk): KeyObject {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !/^[A-Za-z0-9_-]{43}$/.test(jwk.x)) throw new Error('not an Ed25519 public JWK');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
}

/** A signing key from PKCS#8 DER. */
export function privateKeyFromDer(der: Buffer): KeyObject {
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** Signs `claims` as a compact JWT with header `{alg: EdDSA, typ: JWT, kid}`. */
export function signJwt(claims: Record<string, unknown>, kid: string, privateKey: KeyObject): string {
  const header = b64json({ alg: 'EdDSA', typ: 'JWT', kid });
  const payload = b64json(claims);
  const signature = sign(null, Buffer.from(`${header}.${payload}`, 'ascii'), privateKey);
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

/** The header of a compact JWT, unverified (to pick the key). @throws JwtError when malformed. */
export function decodeJwtHeader(token: string): JwtHeader {
  const parts = splitCompact(token);
  const header = parseJson(parts[0], 'header') as Partial<JwtHeader>;
  if (typeof header.alg !== 'string') throw new JwtError('header without alg');
  if (header.kid !== undefined && typeof header.kid !== 'string') throw new JwtError('kid is not a string');
  return { alg: header.alg, ...(header.kid !== undefined ? { kid: header.kid } : {}), ...(typeof header.typ === 'string' ? { typ: header.typ } : {}) };
}

/**
 * Verifies an EdDSA compact JWT's signature with `publicKey` and returns its claims (no claim is judged here).
 * @throws JwtError when malformed, not EdDSA, or the signature does not verify.
 */
export function verifyJwtSignature(token: string, publicKey: KeyObject): Record<string, unknown> {
  const [header, payload, signature] = splitCompact(token);
  if (decodeJwtHeader(token).alg !== 'EdDSA') throw new JwtError('alg is not EdDSA');
  const ok = verify(null, Buffer.from(`${header}.${payload}`, 'ascii'), publicKey, Buffer.from(signature, 'base64url'));
  if (!ok) throw new JwtError('signature does not verify');
  const claims = parseJson(payload, 'payload');
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) throw new JwtError('claims are not an object');
  return claims as Record<string, unknown>;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function splitCompact(token: string): [string, string, string] {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => B64URL.test(p))) throw new JwtError('not a compact JWS');
  return parts as [string, string, string];
}

function parseJson(segment: string, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw new JwtError(`${what} is not JSON`);
  }
}

function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
