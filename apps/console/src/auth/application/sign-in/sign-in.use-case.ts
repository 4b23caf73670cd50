import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PlatformKeyring, SealedValueError } from '@trustcircle/security';
import { DataSource, Raw } from 'typeorm';
import { Audit } from '../../../audit/application/audit';
import type { AuditOrigin } from '../../../audit/domain/audit-entry';
import { ConsoleEnv } from '../../../config/console.env';
import { OperatorRecord } from '../../../operators/infrastructure/operator.orm-entity';
import { checkTotp } from '../../domain/totp';
import { OperatorCredentialsRecord, totpSecretAad } from '../../infrastructure/operator-credentials.orm-entity';
import { OperatorSessionRecord } from '../../infrastructure/operator-session.orm-entity';
import { PasswordHasher } from '../../infrastructure/password-hasher';
import type { IssuedSession } from '../issued-session';
import { sessionPolicyOf } from '../session-policy';
import { SessionTokens } from '../session-tokens';

/** A sign-in attempt. */
export interface SignInCommand {
  name: string;
  password: string;
  totp: string;
  origin: AuditOrigin;
}

/** Why a sign-in was refused: for the audit trail and the security log only, never for the caller. */
export type SignInRefusal = 'unknown-operator' | 'not-enrolled' | 'wrong-password' | 'disabled' | 'wrong-totp' | 'totp-replayed' | 'totp-secret-unreadable';

export type SignInResult = { kind: 'signed-in'; session: IssuedSession } | { kind: 'refused'; reason: SignInRefusal; operatorId?: string };

/**
 * Signs an operator in with name, password and TOTP code: opens a session (absolute end OPERATOR_SESSION_MAX_HOURS
 * from now) with a refresh token, and answers an access token. The password is always verified (against a decoy
 * when the operator is unknown), so refusals take the same time. The code's time-step is claimed atomically: a code
 * is accepted once. Every attempt is audited (`auth.sign-in`): a success in the session's transaction, a refusal
 * with its reason (the operator, when known, as the target).
 */
@Injectable()
export class SignInUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly keyring: PlatformKeyring,
    private readonly tokens: SessionTokens,
    private readonly audit: Audit,
    private readonly env: ConsoleEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: SignInCommand): Promise<SignInResult> {
    const name = command.name.normalize('NFC').trim();
    const manager = this.dataSource.manager;
    const operator = await manager.findOneBy(OperatorRecord, { name: Raw((col) => `lower(${col}) = lower(:name)`, { name }) });
    const credentials = operator ? await manager.findOneBy(OperatorCredentialsRecord, { operatorId: operator.id }) : null;
    const passwordOk = await this.hasher.verify(credentials?.passwordHash ?? null, command.password);
    if (!operator) return this.refuse(command, 'unknown-operator');
    if (!credentials) return this.refuse(command, 'not-enrolled', operator);
    if (!passwordOk) return this.refuse(command, 'wrong-password', operator);
    if (operator.status !== 'ACTIVE') return this.refuse(command, 'disabled', operator);

    const now = this.clock.now();
    let secret: string;
    try {
      secret = this.keyring.openText({ ciphertext: credentials.totpSecretSealed, keyId: credentials.totpEncKeyId }, totpSecretAad(operator.id));
    } catch (e) {
      // Sealed under a platform key this process no longer holds: the operator must be enrolled again.
      if (e instanceof SealedValueError) return this.refuse(command, 'totp-secret-unreadable', operator);
      throw e;
    }
    const totp = checkTotp(secret, command.totp, now, Number(credentials.totpLastStep));
    if (!totp.ok) return this.refuse(command, totp.reason === 'replayed' ? 'totp-replayed' : 'wrong-totp', operator);
    const rehash = this.hasher.needsRehash(credentials.passwordHash) ? await this.hasher.hash(command.password) : undefined;

    const opened = await this.dataSource.transaction(async (tx) => {
      // Claims the step: of two sign-ins with one code, one wins.
      const claimed = (await tx.query(
        `UPDATE "console"."operator_credentials" SET "totp_last_step" = $2, "updated_at" = $3 ${rehash ? ', "password_hash" = $4' : ''}
         WHERE "operator_id" = $1 AND "totp_last_step" < $2 RETURNING 1`,
        rehash ? [operator.id, totp.step, now, rehash] : [operator.id, totp.step, now],
      )) as [unknown[], number];
      if (claimed[1] !== 1) return undefined;
      const session = tx.create(OperatorSessionRecord, {
        id: randomUUID(),
        operatorId: operator.id,
        createdAt: now,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + sessionPolicyOf(this.env).maxMs),
        revokedAt: null,
        revokedReason: null,
        ip: command.origin.ip ?? null,
        userAgent: command.origin.userAgent?.slice(0, 300) ?? null,
      });
      await tx.insert(OperatorSessionRecord, session);
      const refreshToken = await this.tokens.newRefreshToken(tx, session, now);
      await this.audit.record(
        {
          actor: { type: 'OPERATOR', operatorId: operator.id, name: operator.name, role: operator.role },
          action: 'auth.sign-in',
          target: { type: 'session', id: session.id },
          origin: command.origin,
        },
        tx,
      );
      return { session, refreshToken };
    });
    if (!opened) return this.refuse(command, 'totp-replayed', operator);
    return { kind: 'signed-in', session: await this.tokens.issue(operator, opened.session, opened.refreshToken, now) };
  }

  private async refuse(command: SignInCommand, reason: SignInRefusal, operator?: OperatorRecord): Promise<SignInResult> {
    await this.audit.record({
      actor: { type: 'ANONYMOUS' },
      action: 'auth.sign-in',
      outcome: 'FAILED',
      ...(operator ? { target: { type: 'operator', id: operator.id } } : {}),
      detail: { reason },
      origin: command.origin,
    });
    return { kind: 'refused', reason, ...(operator ? { operatorId: operator.id } : {}) };
  }
}
