import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PlatformKeyring } from '@trustcircle/security';
import { DataSource } from 'typeorm';
import { findOperator } from '../../../operators/application/find-operator';
import { OperatorProblems } from '../../../operators/application/operator-problems';
import { generateInitialPassword } from '../../domain/initial-password';
import { newTotpSecret, totpUri } from '../../domain/totp';
import { OperatorCredentialsRecord, totpSecretAad } from '../../infrastructure/operator-credentials.orm-entity';
import { PasswordHasher } from '../../infrastructure/password-hasher';
import { SessionStore } from '../../infrastructure/session-store';

/** An operator's credentials, handed over once: nothing can show them again (enrol again for new ones). */
export interface Enrolment {
  operatorId: string;
  name: string;
  /** The password (125 random bits). */
  password: string;
  /** The TOTP secret (base32), for typing into an authenticator app by hand. */
  totpSecret: string;
  /** `otpauth://totp/TrustCircle:<name>?…`, for a QR code. */
  totpUri: string;
}

/**
 * Gives an active operator new sign-in credentials: a generated password (stored as an argon2id hash) and a new
 * TOTP secret (stored sealed under the platform key, bound to the operator). Replaces earlier credentials and
 * revokes the operator's sessions (`CREDENTIALS_RESET`), in one transaction. @throws 404 / 409 problems
 */
@Injectable()
export class EnrolOperatorUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly keyring: PlatformKeyring,
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(operatorRef: { id: string } | { name: string }): Promise<Enrolment> {
    const operator = await findOperator(this.dataSource.manager, operatorRef);
    if (operator.status !== 'ACTIVE') throw OperatorProblems.disabled(operator.name);
    const password = generateInitialPassword();
    const totpSecret = newTotpSecret();
    const passwordHash = await this.hasher.hash(password);
    const sealed = this.keyring.seal(totpSecret, totpSecretAad(operator.id));
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await manager.upsert(
        OperatorCredentialsRecord,
        { operatorId: operator.id, passwordHash, totpSecretSealed: sealed.ciphertext, totpEncKeyId: sealed.keyId, totpLastStep: '0', enrolledAt: now, updatedAt: now },
        ['operatorId'],
      );
      await this.sessions.revokeAll(manager, operator.id, 'CREDENTIALS_RESET', now);
    });
    return { operatorId: operator.id, name: operator.name, password, totpSecret, totpUri: totpUri(operator.name, totpSecret) };
  }
}
