import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { RegistryProblems } from '../../domain/registry-problems';
import { credentialsOf, marketplaceIdsOf } from '../../infrastructure/partner-snapshot';
import { PartnerRecord } from '../../infrastructure/partner.orm-entity';
import { type PartnerView, toPartnerView } from '../partner-view';

/** One partner with its credentials (metadata only) and bindings. @throws 404 problem */
@Injectable()
export class GetPartnerQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(partnerId: string): Promise<PartnerView> {
    const manager = this.dataSource.manager;
    const partner = UUID.test(partnerId) ? await manager.findOneBy(PartnerRecord, { id: partnerId }) : null;
    if (!partner) throw RegistryProblems.partnerNotFound(partnerId);
    const marketplaceIds = partner.kind === 'PAYMENT_PARTNER' ? await marketplaceIdsOf(manager, partner.id) : [];
    return toPartnerView(partner, await credentialsOf(manager, partner.id), marketplaceIds, this.clock.now());
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
