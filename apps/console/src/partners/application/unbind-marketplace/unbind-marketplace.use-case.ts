import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { RegistryProblems } from '../../domain/registry-problems';
import { MarketplaceBindings } from '../marketplace-bindings';
import { PartnerPublisher } from '../partner-publisher';

/**
 * Stops a payment partner serving a marketplace. Idempotent; records the payment partner's
 * `partners.partner-upserted` when it changes. @throws 404 / 409 problems
 */
@Injectable()
export class UnbindMarketplaceUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: PartnerPublisher,
    private readonly bindings: MarketplaceBindings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(paymentPartnerId: string, marketplaceId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const partner = await this.publisher.lock(manager, paymentPartnerId);
      if (partner.kind !== 'PAYMENT_PARTNER') throw RegistryProblems.notAPaymentPartner(paymentPartnerId);
      if (await this.bindings.unbind(manager, partner.id, marketplaceId)) await this.publisher.publish(manager, partner, this.clock.now());
    });
  }
}
