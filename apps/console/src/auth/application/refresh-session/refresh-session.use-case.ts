import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { Audit } from '../../../audit/application/audit';
import type { AuditActor, AuditOrigin } from '../../../audit/domain/audit-entry';
import { ConsoleEnv } from '../../../config/console.env';
import { OperatorRecord } from '../../../operators/infrastructure/operator.orm-entity';
import { REFRESH_TOKEN_PATTERN, refreshTokenHash } from '../../domain/refresh-token';
import { sessionStateAt } from '../../domain/session-lifetime';
import { OperatorSessionRecord } from '../../infrastructure/operator-session.orm-entity';
import { RefreshTokenRecord } from '../../infrastructure/refresh-token.orm-entity';
import { SessionStore } from '../../infrastructure/session-store';
import type { IssuedSession } from '../issued-session';
import { sessionPolicyOf } from '../session-policy';
import { SessionTokens } from '../session-tokens';

/** Why a refresh was refused (audit trail and security log only). */
export type RefreshRefusal = 'malformed' | 'unknown-token' | 'token-reused' | 'revoked' | 'expired' | 'idle' | 'operator-disabled';

export type RefreshResult = { kind: 'refreshed'; session: IssuedSession } | { kind: 'refused'; reason: RefreshRefusal };

type Outcome = { ok: true; operator: OperatorRecord; session: OperatorSessionRecord; refreshToken: string } | { ok: false; reason: RefreshRefusal };

/**
 * Exchanges a session's current refresh token for a new one and a new access token (rotation, OAuth 2.1): the
 * presented token is used up. Presenting a used one again means it was copied: the session is revoked
 * (`REFRESH_TOKEN_REUSED`), whoever holds which token. Refused when the session was revoked, is past its absolute
 * end or has not been refreshed for OPERATOR_SESSION_IDLE_MINUTES, or the operator was disabled. Audited
 * (`auth.refresh`): each refusal of a known session too.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: SessionTokens,
    private readonly sessions: SessionStore,
    private readonly audit: Audit,
    private readonly env: ConsoleEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(refreshToken: string | undefined, origin: AuditOrigin): Promise<RefreshResult> {
    if (!refreshToken || !REFRESH_TOKEN_PATTERN.test(refreshToken)) return { kind: 'refused', reason: 'malformed' };
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction((tx) => this.rotate(tx, refreshTokenHash(refreshToken), now, origin));
    if (!outcome.ok) return { kind: 'refused', reason: outcome.reason };
    return { kind: 'refreshed', session: await this.tokens.issue(outcome.operator, outcome.session, outcome.refreshToken, now) };
  }

  private async rotate(tx: EntityManager, tokenHash: string, now: Date, origin: AuditOrigin): Promise<Outcome> {
    const token = await tx.findOne(RefreshTokenRecord, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
    if (!token) return { ok: false, reason: 'unknown-token' };
    const session = await tx.findOne(OperatorSessionRecord, { where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
    const operator = session ? await tx.findOneBy(OperatorRecord, { id: session.operatorId }) : null;
    if (!session || !operator) return { ok: false, reason: 'unknown-token' };
    const actor: AuditActor = { type: 'OPERATOR', operatorId: operator.id, name: operator.name, role: operator.role };
    const refuse = async (reason: RefreshRefusal): Promise<Outcome> => {
      await this.audit.record({ actor, action: 'auth.refresh', outcome: 'FAILED', target: { type: 'session', id: session.id }, detail: { reason }, origin }, tx);
      return { ok: false, reason };
    };

    if (token.rotatedAt) {
      const revoked = await this.sessions.revoke(tx, session.id, 'REFRESH_TOKEN_REUSED', now);
      return refuse(revoked ? 'token-reused' : 'revoked');
    }
    const state = sessionStateAt(session, now, sessionPolicyOf(this.env).idleMs);
    if (state !== 'ACTIVE') return refuse(state === 'REVOKED' ? 'revoked' : state === 'EXPIRED' ? 'expired' : 'idle');
    if (operator.status !== 'ACTIVE') return refuse('operator-disabled');

    await tx.update(RefreshTokenRecord, { tokenHash }, { rotatedAt: now });
    await tx.update(OperatorSessionRecord, { id: session.id }, { lastUsedAt: now });
    session.lastUsedAt = now;
    const refreshToken = await this.tokens.newRefreshToken(tx, session, now);
    await this.audit.record({ actor, action: 'auth.refresh', target: { type: 'session', id: session.id }, origin }, tx);
    return { ok: true, operator, session, refreshToken };
  }
}
