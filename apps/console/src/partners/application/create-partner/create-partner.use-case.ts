import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnerKind, PartnerSettingsV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { partnerName } from '../../domain/partner-name';
import { DEFAULT_PARTNER_SETTINGS, mergeSettings, settingsProblem } from '../../domain/partner-settings';
import { RegistryProblems } from '../../domain/registry-problems';
import { PartnerRecord } from '../../infrastructure/partner.orm-entity';
import { CodCollectionPartner } from '../cod-collection-partner';
import { CredentialIssuer, type IssuedCredentials } from '../credential-issuer';
import { MarketplaceBindings } from '../marketplace-bindings';
import { PartnerPublisher } from '../partner-publisher';

/** Onboarding a partner. */
export interface CreatePartnerCommand {
  kind: PartnerKind;
  name: string;
  /** Overrides of the default settings (a courier's `codCollectionPartnerId` must name a payment partner). */
  settings?: Partial<PartnerSettingsV1>;
  /** Payment partners: the marketplaces they serve from the start. */
  marketplaceIds?: string[];
}

/** The new partner's id and its credentials, shown this once. */
export interface CreatedPartner {
  partnerId: string;
  kind: PartnerKind;
  credentials: IssuedCredentials;
}

/**
 * Creates an active partner with its first credentials (an API key; a webhook signing secret too for couriers
 * and payment partners) and records `partners.partner-upserted` (revision 1) in the same transaction. A courier
 * may name the payment partner it remits COD cash to (`settings.codCollectionPartnerId`).
 */
@Injectable()
export class CreatePartnerUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: PartnerPublisher,
    private readonly issuer: CredentialIssuer,
    private readonly bindings: MarketplaceBindings,
    private readonly codCollection: CodCollectionPartner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreatePartnerCommand): Promise<CreatedPartner> {
    const marketplaceIds = [...new Set(command.marketplaceIds ?? [])];
    if (marketplaceIds.length > 0 && command.kind !== 'PAYMENT_PARTNER') throw RegistryProblems.marketplacesOnlyForPaymentPartners();
    const settings = mergeSettings(DEFAULT_PARTNER_SETTINGS, command.settings);
    const problem = settingsProblem(settings);
    if (problem) throw RegistryProblems.invalidSettings(problem);
    const name = partnerName(command.name);
    return this.dataSource.transaction(async (manager) => {
      await this.codCollection.check(manager, command.kind, command.settings?.codCollectionPartnerId);
      const now = this.clock.now();
      const partner = manager.create(PartnerRecord, {
        id: randomUUID(),
        kind: command.kind,
        name,
        status: 'ACTIVE',
        revision: 0,
        settings,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(PartnerRecord, { ...partner, revision: 1 });
      for (const marketplaceId of marketplaceIds) await this.bindings.bind(manager, partner.id, marketplaceId, now);
      const credentials: IssuedCredentials = { ...(await this.issuer.issueApiKey(manager, partner.id, partner.kind, now)) };
      // Every partner signs what it sends us: couriers and payment partners their webhooks, marketplaces and
      // couriers the records they produce onto the Kafka intake topics.
      Object.assign(credentials, await this.issuer.issueWebhookSecret(manager, partner.id, now));
      await this.publisher.publish(manager, partner, now);
      return { partnerId: partner.id, kind: partner.kind, credentials };
    });
  }
}
