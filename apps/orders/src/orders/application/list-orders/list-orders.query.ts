import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrderStatus } from '@trustcircle/contracts';
import type { DataSource } from 'typeorm';
import { OrderRecord } from '../../infrastructure/order.orm-entity';
import { encodeCursor, type OrderCursor } from './order-cursor';

/** Filters of a listing; the marketplace is always the caller's own. */
export interface ListOrdersFilter {
  marketplaceId: string;
  status?: OrderStatus;
  externalId?: string;
  createdFrom?: Date;
  after?: OrderCursor;
  limit: number;
}

/** A page of the marketplace's own orders, newest first, with the cursor of the next page. */
@Injectable()
export class ListOrdersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(f: ListOrdersFilter): Promise<{ items: OrderRecord[]; nextCursor: string | null }> {
    const q = this.dataSource.manager
      .createQueryBuilder(OrderRecord, 'o')
      .where('o.marketplace_id = :marketplaceId', { marketplaceId: f.marketplaceId })
      .orderBy('o.placed_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .take(f.limit + 1);
    if (f.status) q.andWhere('o.status = :status', { status: f.status });
    if (f.externalId) q.andWhere('o.external_id = :externalId', { externalId: f.externalId });
    if (f.createdFrom) q.andWhere('o.placed_at >= :createdFrom', { createdFrom: f.createdFrom });
    if (f.after) q.andWhere('(o.placed_at, o.id) < (:afterAt, :afterId)', { afterAt: f.after.placedAt, afterId: f.after.id });
    const rows = await q.getMany();
    const items = rows.slice(0, f.limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > f.limit && last ? encodeCursor({ placedAt: last.placedAt, id: last.id }) : null };
  }
}
