import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsoleEnv } from '../../../config/console.env';
import { type CredentialType, PartnerCredentialRecord } from '../../infrastructure/partner-credential.orm-entity';
import { credentialIsValid, credentialsOf } from '../../infrastructure/partner-snapshot';
import { CredentialIssuer, type IssuedCredentials } from '../credential-issuer';
import { PartnerPublisher } from '../partner-publisher';

/** Which credentials to rotate. */
export type RotationTarget = 'all' | 'api-key' | 'webhook-secret';

/** Rotating a partner's credentials. */
export interface RotateCredentialsCommand {
  partnerId: string;
  /** Default `all`: the API key and the webhook signing secret. */
  target?: RotationTarget;
  /** How long the current credentials stay valid (default CREDENTIAL_ROTATION_OVERLAP_HOURS); 0 ends them now. */
  overlapHours?: number;
}

/** The new credentials (shown this once) and until when the old ones still work. */
export interface RotatedCredentials {
  partnerId: string;
  credentials: IssuedCredentials;
  /** When the previous credentials stop being accepted. */
  previousValidUntil: string;
}

/**
 * Issues new credentials while the current ones stay valid for the overlap: two valid of each type during a
 * rotation, never more. A credential still in an earlier rotation's overlap is revoked at once. Records
 * `partners.partner-upserted` in the same transaction.
 */
@Injectable()
export class RotateCredentialsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: PartnerPublisher,
    private readonly issuer: CredentialIssuer,
    private readonly env: ConsoleEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RotateCredentialsCommand): Promise<RotatedCredentials> {
    const target = command.target ?? 'all';
    const overlapMs = (command.overlapHours ?? this.env.CREDENTIAL_ROTATION_OVERLAP_HOURS) * 3_600_000;
    return this.dataSource.transaction(async (manager) => {
      const partner = await this.publisher.lock(manager, command.partnerId);
      const now = this.clock.now();
      const until = new Date(now.getTime() + overlapMs);
      const credentials: IssuedCredentials = {};
      if (target !== 'webhook-secret') {
        await this.retire(manager, partner.id, 'API_KEY', now, until);
        Object.assign(credentials, await this.issuer.issueApiKey(manager, partner.id, partner.kind, now));
      }
      if (target !== 'api-key') {
        await this.retire(manager, partner.id, 'WEBHOOK_SECRET', now, until);
        Object.assign(credentials, await this.issuer.issueWebhookSecret(manager, partner.id, now));
      }
      await this.publisher.publish(manager, partner, now);
      return { partnerId: partner.id, credentials, previousValidUntil: until.toISOString() };
    });
  }

  /** The current credential of a type expires at `until`; one already expiring (an earlier rotation) ends now. */
  private async retire(manager: EntityManager, partnerId: string, type: CredentialType, now: Date, until: Date): Promise<void> {
    const valid = (await credentialsOf(manager, partnerId)).filter((c) => c.type === type && credentialIsValid(c, now));
    for (const c of valid) {
      const endNow = c.expiresAt !== null || until.getTime() <= now.getTime();
      await manager.update(
        PartnerCredentialRecord,
        { id: c.id },
        endNow ? { status: 'REVOKED', revokedAt: now } : { expiresAt: until },
      );
    }
  }
}
