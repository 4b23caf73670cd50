import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeAuditCursor, encodeAuditCursor } from '../../domain/audit-cursor';
import { AuditEntryRecord } from '../../infrastructure/audit-entry.orm-entity';
import { type AuditEntryView, toAuditEntryView } from '../audit-view';

/** Filters and page of the audit log. */
export interface ListAuditFilter {
  /** Entries whose actor is this operator. */
  operatorId?: string;
  /** An action (`partner.create`), or every action under a prefix (`partner.*`). */
  action?: string;
  /** Entries about this target (a partner id, an operator id: failed sign-ins name the operator here). */
  targetId?: string;
  /** Entries from this source: `console`, or a service whose events told of operator actions done there. */
  source?: string;
  /** From this instant, inclusive. */
  from?: Date;
  /** Until this instant, exclusive. */
  to?: Date;
  /** Max entries (1–200, default 50). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** A page of audit entries, newest first. */
export interface AuditPage {
  items: AuditEntryView[];
  nextCursor: string | null;
}

/** Reads the audit log, newest first (by insertion order), filtered. An unknown cursor reads from the newest. */
@Injectable()
export class ListAuditQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: ListAuditFilter = {}): Promise<AuditPage> {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    const query = this.dataSource.manager.createQueryBuilder(AuditEntryRecord, 'a').orderBy('a.seq', 'DESC').limit(limit + 1);
    if (filter.operatorId) query.andWhere('a.operatorId = :operatorId', { operatorId: filter.operatorId });
    if (filter.action?.endsWith('.*')) query.andWhere('a.action LIKE :prefix', { prefix: `${filter.action.slice(0, -1).replace(/[%_\\]/g, '\\$&')}%` });
    else if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.targetId) query.andWhere('a.targetId = :targetId', { targetId: filter.targetId });
    if (filter.source) query.andWhere('a.source = :source', { source: filter.source });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    const after = filter.cursor ? decodeAuditCursor(filter.cursor) : undefined;
    if (after) query.andWhere('a.seq < :after', { after });
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    return { items: page.map(toAuditEntryView), nextCursor: rows.length > limit ? encodeAuditCursor(page[page.length - 1].seq) : null };
  }
}
