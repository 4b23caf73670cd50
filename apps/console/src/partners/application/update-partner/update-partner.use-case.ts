import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnerSettingsV1 } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { partnerName } from '../../domain/partner-name';
import { mergeSettings, settingsProblem } from '../../domain/partner-settings';
import { RegistryProblems } from '../../domain/registry-problems';
import { CodCollectionPartner } from '../cod-collection-partner';
import { PartnerPublisher } from '../partner-publisher';

/**
 * Editing a partner: its name and any of its settings (fields not given keep their value; a courier's
 * `codCollectionPartnerId` must name a payment partner, and null clears it).
 */
export interface UpdatePartnerCommand {
  partnerId: string;
  name?: string;
  settings?: Partial<PartnerSettingsV1>;
}

/** Applies the edit and records `partners.partner-upserted` in the same transaction. @throws 404 / 400 / 422 problems */
@Injectable()
export class UpdatePartnerUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: PartnerPublisher,
    private readonly codCollection: CodCollectionPartner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: UpdatePartnerCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const partner = await this.publisher.lock(manager, command.partnerId);
      const settings = mergeSettings(partner.settings, command.settings);
      const problem = settingsProblem(settings);
      if (problem) throw RegistryProblems.invalidSettings(problem);
      await this.codCollection.check(manager, partner.kind, command.settings?.codCollectionPartnerId);
      const name = command.name === undefined ? partner.name : partnerName(command.name);
      if (name === partner.name && JSON.stringify(settings) === JSON.stringify(partner.settings)) return;
      partner.name = name;
      partner.settings = settings;
      await this.publisher.publish(manager, partner, this.clock.now());
    });
  }
}
