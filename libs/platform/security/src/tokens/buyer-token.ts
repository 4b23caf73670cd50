import { randomUUID, type KeyObject } from 'node:crypto';
import { decodeJwtHeader, JwtError, signJwt, verifyJwtSignature } from './ed25519-jwt';

/** `iss` of buyer tokens. */
export const BUYER_TOKEN_ISSUER = 'trustcircle-orders';
/** `aud` of buyer tokens: only buyer endpoints accept them (an operator token never has it). */
export const BUYER_TOKEN_AUDIENCE = 'trustcircle-buyer';
/** Clock skew tolerated on `exp` and `iat`. */
export const BUYER_TOKEN_LEEWAY_SECONDS = 5;

/** What a buyer token grants: one order, until `expiresAt`. */
export interface BuyerGrant {
  /** The order's id (`sub`). */
  orderId: string;
  /** The order's code (`scope`): the only order the token opens. */
  orderCode: string;
  /** Token id (`jti`). */
  tokenId: string;
  expiresAt: Date;
}

/**
 * Signs a buyer token: compact JWT, EdDSA (Ed25519), header `{alg, typ: JWT, kid}`, claims `iss`, `aud`,
 * `sub` = order id, `scope` = order code, `iat`, `exp`, `jti`. Stateless: nothing is stored.
 */
export function signBuyerToken(
  input: { orderId: string; orderCode: string; now: Date; ttlSeconds: number },
  kid: string,
  key: KeyObject,
): { token: string; expiresAt: Date } {
  const iat = Math.floor(input.now.getTime() / 1000);
  const exp = iat + input.ttlSeconds;
  const token = signJwt({ iss: BUYER_TOKEN_ISSUER, aud: BUYER_TOKEN_AUDIENCE, sub: input.orderId, scope: input.orderCode, iat, exp, jti: randomUUID() }, kid, key);
  return { token, expiresAt: new Date(exp * 1000) };
}

/**
 * Verifies a buyer token: EdDSA by the buyer key (`kid`), issuer, audience, expiry (required), issued-at, and
 * the `sub`/`scope` claims. @throws JwtError with a log-safe reason.
 */
export function verifyBuyerToken(token: string, kid: string, key: KeyObject, now: Date): BuyerGrant {
  const header = decodeJwtHeader(token);
  if (header.alg !== 'EdDSA') throw new JwtError(`alg ${header.alg} refused`);
  if (header.kid !== kid) throw new JwtError('not signed by the buyer token key');
  const claims = verifyJwtSignature(token, key);
  const nowS = now.getTime() / 1000;
  if (claims.iss !== BUYER_TOKEN_ISSUER) throw new JwtError('wrong issuer');
  if (claims.aud !== BUYER_TOKEN_AUDIENCE) throw new JwtError('wrong audience');
  if (typeof claims.exp !== 'number') throw new JwtError('no exp');
  if (nowS > claims.exp + BUYER_TOKEN_LEEWAY_SECONDS) throw new JwtError('expired');
  if (typeof claims.iat !== 'number' || nowS + BUYER_TOKEN_LEEWAY_SECONDS < claims.iat) throw new JwtError('issued in the future');
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) throw new JwtError('no sub');
  if (typeof claims.scope !== 'string' || claims.scope.length === 0) throw new JwtError('no scope');
  return { orderId: claims.sub, orderCode: claims.scope, tokenId: typeof claims.jti === 'string' ? claims.jti : '', expiresAt: new Date(claims.exp * 1000) };
}
