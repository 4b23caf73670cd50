import type { KeyObject } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { decodeJwtHeader, JwtError, signJwt, verifyJwtSignature } from './ed25519-jwt';

/** Operator roles, weakest first: each role can do what the ones before it can. */
export const OPERATOR_ROLES = ['viewer', 'mediator', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** `iss` of operator tokens. */
export const OPERATOR_TOKEN_ISSUER = 'trustcircle-console';
/** `aud` of operator tokens. */
export const OPERATOR_TOKEN_AUDIENCE = 'trustcircle';
/** Clock skew tolerated on `exp`, `nbf` and `iat`. */
export const OPERATOR_TOKEN_LEEWAY_SECONDS = 30;

/** The rank of a role (viewer 0 < mediator 1 < admin 2). */
export function roleRank(role: OperatorRole): number {
  return OPERATOR_ROLES.indexOf(role);
}

/** Whether `role` is one of the operator roles. */
export function isOperatorRole(role: unknown): role is OperatorRole {
  return typeof role === 'string' && (OPERATOR_ROLES as readonly string[]).includes(role);
}

/** A role and every weaker one: what goes in `principal.roles` (`admin` → viewer, mediator, admin). */
export function impliedRoles(role: OperatorRole): OperatorRole[] {
  return OPERATOR_ROLES.slice(0, roleRank(role) + 1);
}

/** Who an operator token says the caller is. */
export interface OperatorIdentity {
  /** Operator id (`sub`). */
  operatorId: string;
  name: string;
  role: OperatorRole;
  /** Token id (`jti`). */
  tokenId: string;
  /** Signing key id (`kid`). */
  kid: string;
  expiresAt: Date;
}

/** What the console signs. */
export interface OperatorTokenInput {
  operatorId: string;
  name: string;
  role: OperatorRole;
  now: Date;
  ttlSeconds: number;
}

/** Signs an operator token: EdDSA JWT, `sub` = operator id, `name`, `role`, `iss`, `aud`, `iat`, `exp`, `jti`. */
export function signOperatorToken(input: OperatorTokenInput, kid: string, privateKey: KeyObject): { token: string; expiresAt: Date } {
  const iat = Math.floor(input.now.getTime() / 1000);
  const exp = iat + input.ttlSeconds;
  const token = signJwt(
    { iss: OPERATOR_TOKEN_ISSUER, aud: OPERATOR_TOKEN_AUDIENCE, sub: input.operatorId, name: input.name, role: input.role, iat, exp, jti: randomUUID() },
    kid,
    privateKey,
  );
  return { token, expiresAt: new Date(exp * 1000) };
}

/** A verification key as a key source knows it. */
export interface OperatorVerificationKey {
  kid: string;
  key: KeyObject;
  /** ACTIVE and RETIRED keys verify; REVOKED ones never reach here. */
  status: 'ACTIVE' | 'RETIRED';
  /** After this, tokens signed with the key are refused. */
  notAfter: Date | null;
}

/**
 * Verifies an operator token: EdDSA signature by a known, unrevoked key (by `kid`), issuer, audience, expiry
 * (required), not-before and issued-at (with {@link OPERATOR_TOKEN_LEEWAY_SECONDS}), and well-formed claims.
 * @throws JwtError with a log-safe reason.
 */
export async function verifyOperatorToken(
  token: string,
  keyOf: (kid: string) => Promise<OperatorVerificationKey | undefined>,
  now: Date,
): Promise<OperatorIdentity> {
  const header = decodeJwtHeader(token);
  if (header.alg !== 'EdDSA') throw new JwtError(`alg ${header.alg} refused`);
  if (!header.kid) throw new JwtError('no kid');
  const key = await keyOf(header.kid);
  if (!key) throw new JwtError(`unknown or revoked key ${header.kid}`);
  if (key.notAfter && now.getTime() > key.notAfter.getTime()) throw new JwtError(`key ${header.kid} is past its notAfter`);
  const claims = verifyJwtSignature(token, key.key);
  const nowS = now.getTime() / 1000;
  if (claims.iss !== OPERATOR_TOKEN_ISSUER) throw new JwtError('wrong issuer');
  const aud = claims.aud;
  if (!(aud === OPERATOR_TOKEN_AUDIENCE || (Array.isArray(aud) && aud.includes(OPERATOR_TOKEN_AUDIENCE)))) throw new JwtError('wrong audience');
  if (typeof claims.exp !== 'number') throw new JwtError('no exp');
  if (nowS > claims.exp + OPERATOR_TOKEN_LEEWAY_SECONDS) throw new JwtError('expired');
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || nowS + OPERATOR_TOKEN_LEEWAY_SECONDS < claims.nbf)) throw new JwtError('not yet valid');
  if (claims.iat !== undefined && (typeof claims.iat !== 'number' || nowS + OPERATOR_TOKEN_LEEWAY_SECONDS < claims.iat)) throw new JwtError('issued in the future');
  if (typeof claims.sub !== 'string' || claims.sub.length === 0) throw new JwtError('no sub');
  if (!isOperatorRole(claims.role)) throw new JwtError('no valid role');
  return {
    operatorId: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : '',
    role: claims.role,
    tokenId: typeof claims.jti === 'string' ? claims.jti : '',
    kid: header.kid,
    expiresAt: new Date(claims.exp * 1000),
  };
}
