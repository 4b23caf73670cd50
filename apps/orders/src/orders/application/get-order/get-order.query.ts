import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrderRecord } from '../../infrastructure/order.orm-entity';

/** One of the marketplace's own orders; another marketplace's order is simply not found. */
@Injectable()
export class GetOrderQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(marketplaceId: string, orderId: string): Promise<OrderRecord | undefined> {
    return (await this.dataSource.manager.findOneBy(OrderRecord, { id: orderId, marketplaceId })) ?? undefined;
  }
}
