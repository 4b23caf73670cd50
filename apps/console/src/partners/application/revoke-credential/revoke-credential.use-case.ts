import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { RegistryProblems } from '../../domain/registry-problems';
import { PartnerCredentialRecord } from '../../infrastructure/partner-credential.orm-entity';
import { PartnerPublisher } from '../partner-publisher';

/** Revoking one credential (an API key's key id, or a webhook secret's id). */
export interface RevokeCredentialCommand {
  partnerId: string;
  credentialId: string;
}

/**
 * Revokes a credential at once (idempotent: revoking a revoked one changes nothing) and records
 * `partners.partner-upserted` without it, in the same transaction. @throws 404 problems
 */
@Injectable()
export class RevokeCredentialUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: PartnerPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RevokeCredentialCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const partner = await this.publisher.lock(manager, command.partnerId);
      const credential = await manager.findOneBy(PartnerCredentialRecord, { id: command.credentialId, partnerId: partner.id });
      if (!credential) throw RegistryProblems.credentialNotFound(command.credentialId);
      if (credential.status === 'REVOKED') return;
      const now = this.clock.now();
      await manager.update(PartnerCredentialRecord, { id: credential.id }, { status: 'REVOKED', revokedAt: now });
      await this.publisher.publish(manager, partner, now);
    });
  }
}
