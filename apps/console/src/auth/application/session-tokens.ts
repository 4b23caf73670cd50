import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsoleEnv } from '../../config/console.env';
import type { OperatorRecord } from '../../operators/infrastructure/operator.orm-entity';
import { accessTokenSeconds } from '../domain/session-lifetime';
import { generateRefreshToken, refreshTokenHash } from '../domain/refresh-token';
import { AccessTokenSigner } from '../infrastructure/access-token-signer';
import type { OperatorSessionRecord } from '../infrastructure/operator-session.orm-entity';
import { RefreshTokenRecord } from '../infrastructure/refresh-token.orm-entity';
import type { IssuedSession } from './issued-session';
import { sessionPolicyOf } from './session-policy';

/** The tokens of a session: a new refresh token (stored hashed, in the caller's transaction), then an access token. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly signer: AccessTokenSigner,
    private readonly env: ConsoleEnv,
  ) {}

  /** Stores a new current refresh token of `session` and returns it. */
  async newRefreshToken(manager: EntityManager, session: OperatorSessionRecord, now: Date): Promise<string> {
    const token = generateRefreshToken();
    await manager.insert(RefreshTokenRecord, { tokenHash: refreshTokenHash(token), sessionId: session.id, issuedAt: now, rotatedAt: null });
    return token;
  }

  /** Signs the access token (after the transaction committed) and puts the answer together. */
  async issue(operator: OperatorRecord, session: OperatorSessionRecord, refreshToken: string, now: Date): Promise<IssuedSession> {
    const ttl = accessTokenSeconds(now, session.expiresAt, sessionPolicyOf(this.env));
    const access = await this.signer.sign({ operatorId: operator.id, name: operator.name, role: operator.role, sessionId: session.id }, now, ttl);
    return {
      sessionId: session.id,
      issuedAt: now,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      sessionExpiresAt: session.expiresAt,
      operator: { id: operator.id, name: operator.name, role: operator.role },
    };
  }
}
