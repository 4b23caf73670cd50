import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PlatformKeyring, privateKeyFromDer, signOperatorToken } from '@trustcircle/security';
import { DataSource, Raw } from 'typeorm';
import { ConsoleEnv } from '../../../config/console.env';
import { OperatorRecord } from '../../infrastructure/operator.orm-entity';
import { EnsureSigningKeyUseCase } from '../ensure-signing-key/ensure-signing-key.use-case';
import { OperatorProblems } from '../operator-problems';

/** An operator token and when it expires. */
export interface IssuedOperatorToken {
  token: string;
  expiresAt: string;
  operatorId: string;
  role: string;
}

/**
 * Signs an operator token (EdDSA JWT: `sub` = operator id, `name`, `role`, `iss` trustcircle-console, `aud`
 * trustcircle, `exp` after OPERATOR_TOKEN_TTL_SECONDS) with the active signing key, opened in memory only.
 * @throws 404 / 409 problems
 */
@Injectable()
export class IssueOperatorTokenUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ensureSigningKey: EnsureSigningKeyUseCase,
    private readonly keyring: PlatformKeyring,
    private readonly env: ConsoleEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(operatorName: string): Promise<IssuedOperatorToken> {
    const name = operatorName.normalize('NFC').trim();
    const operator = await this.dataSource.manager.findOneBy(OperatorRecord, { name: Raw((col) => `lower(${col}) = lower(:name)`, { name }) });
    if (!operator) throw OperatorProblems.notFound(name);
    if (operator.status !== 'ACTIVE') throw OperatorProblems.disabled(name);
    const key = await this.ensureSigningKey.execute();
    const privateKey = privateKeyFromDer(this.keyring.open({ ciphertext: key.privateKeySealed, keyId: key.encKeyId }, key.kid));
    const { token, expiresAt } = signOperatorToken(
      { operatorId: operator.id, name: operator.name, role: operator.role, now: this.clock.now(), ttlSeconds: this.env.OPERATOR_TOKEN_TTL_SECONDS },
      key.kid,
      privateKey,
    );
    return { token, expiresAt: expiresAt.toISOString(), operatorId: operator.id, role: operator.role };
  }
}
