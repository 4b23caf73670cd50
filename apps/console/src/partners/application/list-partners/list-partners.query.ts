import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnerKind, PartnerStatus } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, In } from 'typeorm';
import { PartnerCredentialRecord } from '../../infrastructure/partner-credential.orm-entity';
import { PartnerMarketplaceRecord } from '../../infrastructure/partner-marketplace.orm-entity';
import { PartnerRecord } from '../../infrastructure/partner.orm-entity';
import { type PartnerView, toPartnerView } from '../partner-view';

/** Filters and page of the partner list. */
export interface ListPartnersFilter {
  kind?: PartnerKind;
  status?: PartnerStatus;
  /** Max partners (1–200, default 50). */
  limit?: number;
  /** Cursor: the `nextCursor` of the previous page. */
  cursor?: string;
}

/** A page of partners, newest first. */
export interface PartnerPage {
  items: PartnerView[];
  nextCursor: string | null;
}

/** Lists partners (newest first) with their credentials' metadata and bindings; never a secret or a hash. */
@Injectable()
export class ListPartnersQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(filter: ListPartnersFilter = {}): Promise<PartnerPage> {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    const manager = this.dataSource.manager;
    const query = manager.createQueryBuilder(PartnerRecord, 'p').orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'DESC').limit(limit + 1);
    if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    if (after) query.andWhere('(p.createdAt, p.id) < (:at, :id)', after);
    const partners = await query.getMany();
    const page = partners.slice(0, limit);
    const ids = page.map((p) => p.id);
    const [credentials, bindings] = ids.length
      ? await Promise.all([
          manager.find(PartnerCredentialRecord, { where: { partnerId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
          manager.find(PartnerMarketplaceRecord, { where: { paymentPartnerId: In(ids) }, order: { marketplaceId: 'ASC' } }),
        ])
      : [[], []];
    const now = this.clock.now();
    return {
      items: page.map((p) =>
        toPartnerView(
          p,
          credentials.filter((c) => c.partnerId === p.id),
          bindings.filter((b) => b.paymentPartnerId === p.id).map((b) => b.marketplaceId),
          now,
        ),
      ),
      nextCursor: partners.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }
}

/** An opaque cursor: the (created at, id) of the last partner of the page. */
function encodeCursor(p: PartnerRecord): string {
  return Buffer.from(JSON.stringify([p.createdAt.toISOString(), p.id]), 'utf8').toString('base64url');
}

/** The position of a cursor; undefined for one that is not ours. */
function decodeCursor(cursor: string): { at: Date; id: string } | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    return Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id) ? undefined : { at: date, id };
  } catch {
    return undefined;
  }
}
