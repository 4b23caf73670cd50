import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EscrowState } from '@trustcircle/contracts';
import { DataSource } from 'typeorm';
import { EscrowRecord } from '../../../escrow/infrastructure/escrow.orm-entity';
import { type EscrowCursor, encodeEscrowCursor } from './escrow-cursor';

/** Filters and keyset position of the operators' escrow list. */
export interface ListEscrowsCriteria {
  state?: EscrowState;
  marketplaceId?: string;
  after?: EscrowCursor;
  limit: number;
}

/** A page of escrows, newest first, and the cursor of the next page (null on the last). */
export interface EscrowPage {
  items: EscrowRecord[];
  nextCursor: string | null;
}

/** Lists escrows for operators, newest first, by keyset pagination on (opened_at, id). */
@Injectable()
export class ListEscrowsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(c: ListEscrowsCriteria): Promise<EscrowPage> {
    const q = this.dataSource.manager.createQueryBuilder(EscrowRecord, 'x').orderBy('x.openedAt', 'DESC').addOrderBy('x.id', 'DESC').limit(c.limit + 1);
    if (c.state) q.andWhere('x.state = :state', { state: c.state });
    if (c.marketplaceId) q.andWhere('x.marketplaceId = :marketplaceId', { marketplaceId: c.marketplaceId });
    if (c.after) q.andWhere('(x.openedAt, x.id) < (:at, :id)', { at: c.after.openedAt, id: c.after.id });
    const rows = await q.getMany();
    const items = rows.slice(0, c.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > c.limit && last ? encodeEscrowCursor({ openedAt: last.openedAt, id: last.id }) : null };
  }
}
