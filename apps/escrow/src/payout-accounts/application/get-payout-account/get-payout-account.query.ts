import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SellerPayoutAccountRecord } from '../../infrastructure/seller-payout-account.orm-entity';

/** The payout account a marketplace registered for one of its sellers (masked), or null. */
@Injectable()
export class GetPayoutAccountQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(marketplaceId: string, sellerId: string): Promise<SellerPayoutAccountRecord | null> {
    return this.dataSource.manager.findOneBy(SellerPayoutAccountRecord, { marketplaceId, sellerId });
  }
}
