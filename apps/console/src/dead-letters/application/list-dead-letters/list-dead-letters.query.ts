import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeDeadLetterCursor, encodeDeadLetterCursor } from '../../domain/dead-letter-cursor';
import { PlatformDeadLetterRecord } from '../../infrastructure/platform-dead-letter.orm-entity';
import { type DeadLetterSummary, deadLetterSummary } from '../dead-letter-views';

/** Filters and page of the dead-letter list. */
export interface ListDeadLettersFilter {
  /** Dead letters of this service (the one that failed). */
  service?: string;
  /** Of this reason (`MALFORMED_JSON`, `INVALID_PAYLOAD`, `HANDLER_FAILED`…). */
  reason?: string;
  /** Open (the default), replayed, or all. */
  state?: 'open' | 'replayed' | 'all';
  /** Max dead letters (1–200, default 50). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** How many open dead letters one service has for one reason. */
export interface OpenDeadLetterCount {
  service: string;
  reason: string;
  open: number;
  oldestFailedAt: string;
  latestFailedAt: string;
}

/** A page of dead letters, newest failure first, and what is open at a glance. */
export interface DeadLetterPage {
  items: DeadLetterSummary[];
  nextCursor: string | null;
  /** Every open dead letter counted per service and reason, whatever the filters (most first). */
  openCounts: OpenDeadLetterCount[];
}

/** The columns of the list: never the value (the headers only for the replay mark the summary shows). */
const SUMMARY_COLUMNS = [
  'id',
  'seq',
  'service',
  'consumerGroup',
  'originalTopic',
  'originalPartition',
  'originalOffset',
  'key',
  'eventId',
  'eventType',
  'reason',
  'detail',
  'failedAt',
  'deadLetterTopic',
  'deadLetterPartition',
  'deadLetterOffset',
  'receivedAt',
  'headers',
  'replayedAt',
  'replayedBy',
  'replayCount',
  'replayedPartition',
  'replayedOffset',
] as const satisfies ReadonlyArray<keyof PlatformDeadLetterRecord>;

/**
 * Lists the dead letters the console learned from the services' dead-letter topics, newest failure first
 * (keyset: failure instant, then arrival), with their metadata only: who failed, where, why, when, and whether it
 * was replayed. An unknown cursor reads from the newest.
 */
@Injectable()
export class ListDeadLettersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(filter: ListDeadLettersFilter = {}): Promise<DeadLetterPage> {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    const state = filter.state ?? 'open';
    const query = this.dataSource.manager
      .createQueryBuilder(PlatformDeadLetterRecord, 'd')
      .select(SUMMARY_COLUMNS.map((c) => `d.${c}`))
      .orderBy('d.failedAt', 'DESC')
      .addOrderBy('d.seq', 'DESC')
      .limit(limit + 1);
    if (state === 'open') query.andWhere('d.replayedAt IS NULL');
    if (state === 'replayed') query.andWhere('d.replayedAt IS NOT NULL');
    if (filter.service) query.andWhere('d.service = :service', { service: filter.service });
    if (filter.reason) query.andWhere('d.reason = :reason', { reason: filter.reason });
    const after = filter.cursor ? decodeDeadLetterCursor(filter.cursor) : undefined;
    if (after) query.andWhere('(d.failedAt, d.seq) < (CAST(:afterAt AS timestamptz), CAST(:afterSeq AS bigint))', { afterAt: after.failedAt, afterSeq: after.seq });
    const rows = await query.getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(deadLetterSummary),
      nextCursor: rows.length > limit ? encodeDeadLetterCursor({ failedAt: last.failedAt, seq: last.seq }) : null,
      openCounts: await this.openCounts(),
    };
  }

  private async openCounts(): Promise<OpenDeadLetterCount[]> {
    const rows = (await this.dataSource.query(
      `SELECT "service", "reason", count(*)::int AS "open", min("failed_at") AS "oldest", max("failed_at") AS "latest"
         FROM "console"."platform_dead_letters" WHERE "replayed_at" IS NULL
        GROUP BY "service", "reason" ORDER BY "open" DESC, "service", "reason"`,
    )) as Array<{ service: string; reason: string; open: number; oldest: Date; latest: Date }>;
    return rows.map((r) => ({ service: r.service, reason: r.reason, open: r.open, oldestFailedAt: r.oldest.toISOString(), latestFailedAt: r.latest.toISOString() }));
  }
}
