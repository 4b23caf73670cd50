import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ManualActionStatus } from '../../../read-model/domain/manual-action-status';
import { decodeManualActionCursor, encodeManualActionCursor, manualActionListing } from '../../domain/manual-action-listing';
import { type ManualActionItem, manualActionItem, type ManualActionRow } from '../manual-action-view';

/** Filters and page of the money desk's list. */
export interface ListManualActionsFilter {
  /** PROPOSED (the queue), APPROVED or REJECTED; every status when omitted. */
  status?: ManualActionStatus;
  /** One order's manual actions. */
  orderId?: string;
  /** Max actions (1–200, default 50). */
  limit?: number;
  /** The `nextCursor` of the previous page (of the same status). */
  cursor?: string;
}

/** A page of manual actions. */
export interface ManualActionPage {
  items: ManualActionItem[];
  nextCursor: string | null;
}

/**
 * Lists escrow's manual money actions from the read model, with the order's code and the operators' names from
 * the console's registry: the queue (PROPOSED) oldest proposal first, decided ones newest decision first,
 * everything newest activity first. A cursor of another listing, or not ours, reads from the start.
 */
@Injectable()
export class ListManualActionsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: ListManualActionsFilter = {}): Promise<ManualActionPage> {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    const listing = manualActionListing(filter.status);
    const after = filter.cursor ? decodeManualActionCursor(filter.cursor, listing) : undefined;
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.status) where.push(`m."status" = ${param(filter.status)}`);
    if (filter.orderId) where.push(`m."order_id" = ${param(filter.orderId)}::uuid`);
    // Every listed row has its sort instant: a PROPOSED one its proposal's, a decided one its decision's.
    where.push(`m."${listing.by}" IS NOT NULL`);
    if (after) where.push(`(m."${listing.by}", m."action_id") ${listing.direction === 'ASC' ? '>' : '<'} (${param(after.at)}::timestamptz, ${param(after.actionId)}::uuid)`);
    const rows = (await this.dataSource.query(
      `SELECT m."action_id", m."order_id", o."code" AS "order_code", m."escrow_id", m."kind", m."amount"::text AS "amount", m."reason", m."dispute_id", m."status",
         m."proposed_by", p."name" AS "proposed_by_name", m."proposed_at", m."decided_by", d."name" AS "decided_by_name", m."decided_at", m."note", m."${listing.by}" AS "sort_at"
       FROM "console"."rm_manual_actions" m
       LEFT JOIN "console"."rm_orders" o ON o."order_id" = m."order_id"
       LEFT JOIN "console"."operators" p ON p."id" = m."proposed_by"
       LEFT JOIN "console"."operators" d ON d."id" = m."decided_by"
       WHERE ${where.join(' AND ')}
       ORDER BY m."${listing.by}" ${listing.direction}, m."action_id" ${listing.direction}
       LIMIT ${param(limit + 1)}`,
      params,
    )) as ManualActionRow[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(manualActionItem),
      nextCursor: rows.length > limit ? encodeManualActionCursor(listing, { at: last.sort_at, actionId: last.action_id }) : null,
    };
  }
}
