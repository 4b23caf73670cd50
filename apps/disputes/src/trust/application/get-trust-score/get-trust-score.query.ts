import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import { DisputesEnv } from '../../../config/disputes.env';
import type { TrustSubject } from '../../domain/merchant-id';
import { addDays, vnDay } from '../../domain/trust-days';
import { type TrustCounts, trustParts, trustScore } from '../../domain/trust-score';
import { BUCKET_DAYS_READ, sumWindow, TREND_WINDOW_DAYS, trendDays, type TrustWindowDays, windowEnding } from '../../domain/trust-windows';
import type { TrustScoreView, TrustWindowView } from './trust-score.view';

const SUBJECT = `"subject_kind" = $1 AND "subject_id" = $2`;

/**
 * A subject's trust as of the service clock's now, read in one REPEATABLE READ snapshot from the incremental read
 * model only: at most 119 daily buckets (the 90-day window and the trend's 90 sliding 30-day windows), and the
 * exact medians (`percentile_disc(0.5)`: the lower of the two middle durations for an even count) each over its
 * own window's rows of `trust_resolutions`. Null for a subject the read model never counted.
 */
@Injectable()
export class GetTrustScoreQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly env: DisputesEnv,
  ) {}

  async execute(subject: TrustSubject): Promise<TrustScoreView | null> {
    const asOf = this.clock.now();
    const today = vnDay(asOf);
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const known = (await m.query(`SELECT 1 FROM "disputes"."trust_daily" WHERE ${SUBJECT} LIMIT 1`, [subject.kind, subject.id])) as unknown[];
      if (known.length === 0) return null;
      const buckets = await this.buckets(m, subject, addDays(today, -(BUCKET_DAYS_READ - 1)), today);
      const days = trendDays(today);
      const medians30 = await this.medians(m, subject, days[0], today, TREND_WINDOW_DAYS);
      const medians90 = await this.medians(m, subject, today, today, 90);
      const window = (days: TrustWindowDays, median: number | null): TrustWindowView => {
        const counts = sumWindow(buckets, today, days);
        return { days, ...windowEnding(today, days), score: trustScore(counts, median, this.env.TRUST_SCORE_MIN_ORDERS), parts: trustParts(counts, median) };
      };
      return {
        subject,
        asOf,
        windows: { '30d': window(30, medians30.get(today) ?? null), '90d': window(90, medians90.get(today) ?? null) },
        trend: days.map((day) => ({ day, score30d: trustScore(sumWindow(buckets, day, TREND_WINDOW_DAYS), medians30.get(day) ?? null, this.env.TRUST_SCORE_MIN_ORDERS) })),
      };
    });
  }

  /** The subject's daily buckets from `from` to `to`, by day. */
  private async buckets(m: EntityManager, subject: TrustSubject, from: string, to: string): Promise<Map<string, TrustCounts>> {
    const rows = (await m.query(
      `SELECT to_char("day", 'YYYY-MM-DD') AS "day", "orders", "disputes_opened" AS "disputesOpened", "answerable", "answered_in_time" AS "answeredInTime",
              "default_judgments_lost" AS "defaultJudgmentsLost", "resolved"
         FROM "disputes"."trust_daily" WHERE ${SUBJECT} AND "day" BETWEEN $3::date AND $4::date`,
      [subject.kind, subject.id, from, to],
    )) as Array<TrustCounts & { day: string }>;
    return new Map(rows.map(({ day, ...counts }) => [day, counts]));
  }

  /** For each day from `first` to `last`, the median duration (whole seconds) of the `days`-day window ending that day, when any. */
  private async medians(m: EntityManager, subject: TrustSubject, first: string, last: string, days: number): Promise<Map<string, number>> {
    const rows = (await m.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS "day",
              (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY r."duration_seconds") FROM "disputes"."trust_resolutions" r
                WHERE r."subject_kind" = $1 AND r."subject_id" = $2 AND r."resolved_day" BETWEEN d::date - $5::int AND d::date) AS "median"
         FROM generate_series($3::date, $4::date, interval '1 day') d`,
      [subject.kind, subject.id, first, last, days - 1],
    )) as Array<{ day: string; median: number | null }>;
    return new Map(rows.filter((r) => r.median !== null).map((r) => [r.day, Number(r.median)]));
  }
}
