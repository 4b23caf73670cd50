import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DisputeState } from '../../domain/dispute-state-machine';
import { DisputeRecord } from '../../infrastructure/dispute.orm-entity';
import { type DisputeCursor, encodeDisputeCursor } from './dispute-cursor';

/** Filters and keyset position of a dispute list. */
export interface ListDisputesCriteria {
  /** Only this marketplace's disputes (always set for a marketplace; an optional filter for operators). */
  marketplaceId?: string;
  state?: DisputeState;
  after?: DisputeCursor;
  /** 1–100. */
  limit: number;
}

/** A page of disputes, newest first, and the cursor of the next page (null on the last). */
export interface DisputePage {
  items: DisputeRecord[];
  nextCursor: string | null;
}

/**
 * Lists disputes newest first by keyset pagination on (opened_at desc, id desc): a page never repeats or skips a
 * row, whatever is filed meanwhile (new disputes sort before the cursor). Backed by `disputes_marketplace_opened`.
 */
@Injectable()
export class ListDisputesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(c: ListDisputesCriteria): Promise<DisputePage> {
    const q = this.dataSource.manager.createQueryBuilder(DisputeRecord, 'd').orderBy('d.openedAt', 'DESC').addOrderBy('d.id', 'DESC').limit(c.limit + 1);
    if (c.marketplaceId) q.andWhere('d.marketplaceId = :marketplaceId', { marketplaceId: c.marketplaceId });
    if (c.state) q.andWhere('d.state = :state', { state: c.state });
    if (c.after) q.andWhere('(d.openedAt, d.id) < (:at, :id)', { at: c.after.openedAt, id: c.after.id });
    const rows = await q.getMany();
    const items = rows.slice(0, c.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > c.limit && last ? encodeDisputeCursor({ openedAt: last.openedAt, id: last.id }) : null };
  }
}
