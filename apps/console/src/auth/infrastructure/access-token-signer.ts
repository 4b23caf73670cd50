import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OPERATOR_TOKEN_AUDIENCE, OPERATOR_TOKEN_ISSUER, type OperatorRole, PlatformKeyring, privateKeyFromDer, signJwt } from '@trustcircle/security';
import { EnsureSigningKeyUseCase } from '../../operators/application/ensure-signing-key/ensure-signing-key.use-case';

/** Who an access token is for. */
export interface AccessTokenSubject {
  operatorId: string;
  name: string;
  role: OperatorRole;
  sessionId: string;
}

/**
 * Signs a session's access token: the operator token every service accepts (EdDSA JWT by the console's active
 * signing key: `iss`, `aud`, `sub`, `name`, `role`, `iat`, `exp`, `jti`) plus `sid`, the session, which the console
 * checks on each request so that a revoked session's tokens stop at once there. Services ignore `sid` and accept
 * the token until it expires.
 */
@Injectable()
export class AccessTokenSigner {
  constructor(
    private readonly ensureSigningKey: EnsureSigningKeyUseCase,
    private readonly keyring: PlatformKeyring,
  ) {}

  async sign(subject: AccessTokenSubject, now: Date, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const key = await this.ensureSigningKey.execute();
    const privateKey = privateKeyFromDer(this.keyring.open({ ciphertext: key.privateKeySealed, keyId: key.encKeyId }, key.kid));
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + ttlSeconds;
    const claims = {
      iss: OPERATOR_TOKEN_ISSUER,
      aud: OPERATOR_TOKEN_AUDIENCE,
      sub: subject.operatorId,
      name: subject.name,
      role: subject.role,
      iat,
      exp,
      jti: randomUUID(),
      sid: subject.sessionId,
    };
    return { token: signJwt(claims, key.kid, privateKey), expiresAt: new Date(exp * 1000) };
  }
}
