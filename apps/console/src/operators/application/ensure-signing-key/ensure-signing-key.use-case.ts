import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { generateSigningKey, PlatformKeyring } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { SigningKeyRecord } from '../../infrastructure/signing-key.orm-entity';

/**
 * Makes sure an ACTIVE Ed25519 key exists to sign operator tokens: creates one (private key sealed under the
 * platform key, AAD = kid) when there is none, and records `partners.operator-signing-key-published` for it in
 * the same transaction. An active key sealed under a platform key this process no longer holds (the platform
 * key was replaced) cannot sign: it is RETIRED (tokens it signed still verify) and a new one takes over. With `republish`, records it for the keys that verify (ACTIVE, RETIRED) even when
 * nothing changed, so services whose directory missed them (a wiped topic) learn them again; consumers ignore
 * what they hold already. Replicas serialise on an advisory lock.
 */
@Injectable()
export class EnsureSigningKeyUseCase {
  private readonly logger = new Logger('SigningKeys');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: PlatformKeyring,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(options: { republish?: boolean } = {}): Promise<SigningKeyRecord> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('tc-console-signing-key'))`);
      const now = this.clock.now();
      let active = await manager.findOneBy(SigningKeyRecord, { status: 'ACTIVE' });
      if (active && !this.keyring.hasKey(active.encKeyId)) {
        this.logger.warn(`operator signing key ${active.kid} is sealed under platform key ${active.encKeyId}, which is not configured: retiring it`);
        await manager.update(SigningKeyRecord, { kid: active.kid }, { status: 'RETIRED', retiredAt: now });
        await this.publish(manager, { ...active, status: 'RETIRED', retiredAt: now }, now);
        active = null;
      }
      if (!active) {
        active = await this.create(manager, now);
        await this.publish(manager, active, now);
        this.logger.log(`created operator signing key ${active.kid}`);
      } else if (options.republish) {
        const verifying = await manager.find(SigningKeyRecord, { where: [{ status: 'ACTIVE' }, { status: 'RETIRED' }], order: { createdAt: 'ASC' } });
        for (const key of verifying) await this.publish(manager, key, now);
      }
      return active;
    });
  }

  private async create(manager: EntityManager, now: Date): Promise<SigningKeyRecord> {
    const key = generateSigningKey();
    const sealed = this.keyring.seal(key.privateKeyDer, key.kid);
    const record = manager.create(SigningKeyRecord, {
      kid: key.kid,
      publicJwk: key.publicJwk,
      privateKeySealed: sealed.ciphertext,
      encKeyId: sealed.keyId,
      status: 'ACTIVE',
      createdAt: now,
      retiredAt: null,
      notAfter: null,
    });
    await manager.insert(SigningKeyRecord, record);
    return record;
  }

  private async publish(manager: EntityManager, key: SigningKeyRecord, now: Date): Promise<void> {
    await this.outbox.record(
      manager,
      'partners.operator-signing-key-published',
      {
        kid: key.kid,
        alg: 'EdDSA',
        status: key.status,
        publicJwk: key.publicJwk,
        publishedAt: key.createdAt.toISOString(),
        notAfter: key.notAfter?.toISOString() ?? null,
      },
      { occurredAt: now },
    );
  }
}
