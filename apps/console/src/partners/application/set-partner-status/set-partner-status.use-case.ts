import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnerStatus } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { PartnerPublisher } from '../partner-publisher';

/**
 * Disables a partner (every service refuses its credentials and webhooks once it learns the change) or enables it
 * again. Idempotent. Records `partners.partner-upserted` in the same transaction. @throws 404 problem
 */
@Injectable()
export class SetPartnerStatusUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: PartnerPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(partnerId: string, status: PartnerStatus): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const partner = await this.publisher.lock(manager, partnerId);
      if (partner.status === status) return;
      partner.status = status;
      await this.publisher.publish(manager, partner, this.clock.now());
    });
  }
}
