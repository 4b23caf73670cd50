import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DISPUTE_REASONS, type DisputeReason, VULNERABLE_CATEGORIES } from '@trustcircle/contracts';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { type ComplaintsReport, REPORT_OUTCOMES, type ReportOutcome, type VulnerableCase } from '../../domain/complaints-report';
import type { ReportPeriod } from '../../domain/report-period';

const IN_PERIOD = `"opened_at" >= $1 AND "opened_at" < $2`;

/** The regulator's outcome bucket of a dispute row (see `REPORT_OUTCOMES`). */
const OUTCOME_BUCKET = `CASE WHEN "state" = 'RESOLVED' THEN "outcome" WHEN "state" IN ('WITHDRAWN', 'CLOSED') THEN "state" ELSE 'OPEN' END`;

/**
 * Resolved within deadline: the merchant answered on time or was never required to (no response and no default
 * judgment: `merchant_on_time` not false), and no mediator deadline was breached (none flagged, and the decision,
 * or the end of the dispute, came no later than the mediator's deadline).
 */
const WITHIN_DEADLINE = `"merchant_on_time" IS DISTINCT FROM false AND "mediator_breached_at" IS NULL
  AND ("mediator_due_at" IS NULL OR COALESCE("resolved_at", "finished_at") <= "mediator_due_at")`;

/**
 * The regulator's report of the complaints opened in a period (see `ComplaintsReport`), read in one REPEATABLE
 * READ snapshot. Aggregates run in PostgreSQL (`disputes_opened` index); the median is `percentile_cont(0.5)`
 * over the exact durations in seconds.
 */
@Injectable()
export class ComplaintsReportQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(period: ReportPeriod): Promise<ComplaintsReport> {
    const generatedAt = this.clock.now();
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const range = [period.start, period.end];
      const buckets = await this.buckets(m, range);
      const resolution = await this.resolution(m, range);
      const byMarketplace = await this.byMarketplace(m, range);
      const cases = await this.vulnerableCases(m, range);
      const sum = (pick: (b: (typeof buckets)[number]) => boolean): number => buckets.filter(pick).reduce((n, b) => n + b.count, 0);
      const open = sum((b) => b.outcome === 'OPEN');
      const disputes = sum(() => true);
      return {
        period,
        generatedAt,
        totals: { disputes, open, finished: disputes - open },
        byReason: DISPUTE_REASONS.map((reason) => ({ reason, count: sum((b) => b.reason === reason) })),
        byMarketplace,
        byOutcome: REPORT_OUTCOMES.map((outcome) => ({ outcome, count: sum((b) => b.outcome === outcome) })),
        resolution,
        vulnerable: {
          total: cases.length,
          byCategory: VULNERABLE_CATEGORIES.map((category) => {
            const of = cases.filter((c) => c.category === category);
            const count = (status: VulnerableCase['status']): number => of.filter((c) => c.status === status).length;
            return { category, declared: count('DECLARED'), confirmed: count('CONFIRMED'), removed: count('REMOVED'), total: of.length };
          }),
          cases,
        },
      };
    });
  }

  private async buckets(m: EntityManager, range: Date[]): Promise<Array<{ reason: DisputeReason; outcome: ReportOutcome; count: number }>> {
    const rows = (await m.query(
      `SELECT "reason", ${OUTCOME_BUCKET} AS "outcome", count(*)::int AS "count" FROM "disputes"."disputes" WHERE ${IN_PERIOD} GROUP BY 1, 2`,
      range,
    )) as Array<{ reason: DisputeReason; outcome: ReportOutcome; count: number }>;
    return rows;
  }

  private async resolution(m: EntityManager, range: Date[]): Promise<ComplaintsReport['resolution']> {
    const [row] = (await m.query(
      `SELECT count(*)::int AS "finished",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("finished_at" - "opened_at"))::float8) AS "median",
         (count(*) FILTER (WHERE ${WITHIN_DEADLINE}))::int AS "within"
       FROM "disputes"."disputes" WHERE ${IN_PERIOD} AND "finished_at" IS NOT NULL`,
      range,
    )) as Array<{ finished: number; median: number | null; within: number }>;
    const median = row.median === null ? null : Number(row.median);
    return {
      finished: row.finished,
      medianSeconds: median,
      medianHours: median === null ? null : Math.round(median / 3.6) / 1000,
      withinDeadline: row.within,
      withinDeadlineShare: row.finished === 0 ? null : Math.round((row.within / row.finished) * 10_000) / 10_000,
    };
  }

  private async byMarketplace(m: EntityManager, range: Date[]): Promise<ComplaintsReport['byMarketplace']> {
    const rows = (await m.query(
      `SELECT d."marketplace_id" AS "marketplaceId", p."name" AS "marketplaceName", count(*)::int AS "count"
       FROM "disputes"."disputes" d LEFT JOIN "disputes"."partner_directory" p ON p."partner_id" = d."marketplace_id"
       WHERE d."opened_at" >= $1 AND d."opened_at" < $2 GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
      range,
    )) as ComplaintsReport['byMarketplace'];
    return rows.map((r) => ({ marketplaceId: r.marketplaceId, marketplaceName: r.marketplaceName ?? null, count: r.count }));
  }

  private async vulnerableCases(m: EntityManager, range: Date[]): Promise<VulnerableCase[]> {
    const rows = (await m.query(
      `SELECT "id", "marketplace_id", "reason", "vulnerable_category", "vulnerable_status", "state", "opened_at", "finished_at"
       FROM "disputes"."disputes" WHERE ${IN_PERIOD} AND "vulnerable_status" <> 'NONE' AND "vulnerable_category" IS NOT NULL ORDER BY "opened_at", "id"`,
      range,
    )) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      disputeId: r.id as string,
      marketplaceId: r.marketplace_id as string,
      reason: r.reason as VulnerableCase['reason'],
      category: r.vulnerable_category as VulnerableCase['category'],
      status: r.vulnerable_status as VulnerableCase['status'],
      state: r.state as VulnerableCase['state'],
      openedAt: r.opened_at as Date,
      finishedAt: (r.finished_at as Date | null) ?? null,
    }));
  }
}
