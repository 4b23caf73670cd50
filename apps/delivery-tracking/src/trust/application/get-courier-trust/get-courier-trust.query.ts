import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { PartnerDirectory } from '@trustcircle/security';
import { DataSource, type EntityManager } from 'typeorm';
import { DeliveryEnv } from '../../../config/delivery.env';
import { type CourierTrustReport, courierTrustReport, REPORT_HISTORY_DAYS } from '../../domain/courier-trust-report';
import { advanceStreak, dayQualifies, type LabelStreak, type SafeDeliveryThresholds } from '../../domain/safe-delivery-label';
import { addDays, daysBetween, type TrustDay, vnDayOf } from '../../domain/trust-day';
import { TrustHistory } from '../../domain/trust-history';
import { trustScore } from '../../domain/trust-score';
import { CourierTrustLabelRecord } from '../../infrastructure/courier-trust-label.orm-entity';
import { firstTrustDay, loadTrustBuckets } from './courier-trust-store';

/** Days a label catch-up judges at most (a courier nobody asked about for longer starts a new streak). */
export const MAX_JUDGED_DAYS = 400;

/**
 * A courier's public trust report, or null when the id is not a courier partner. Reads the courier's daily buckets
 * (the last 119 days: the 90-day window and a 30-day window for each trend day) and brings its safe-delivery streak
 * up to date first: each Vietnam day that has ended since the last judgment is judged once, on the 30-day window
 * ending that day, and the streak row is updated (locked, so concurrent readers judge a day once; once a day is
 * judged, reads take no lock).
 */
@Injectable()
export class GetCourierTrustQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PartnerDirectory,
    private readonly env: DeliveryEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(courierId: string): Promise<CourierTrustReport | null> {
    const courier = await this.directory.get(courierId);
    if (courier?.kind !== 'COURIER') return null;
    const now = this.clock.now();
    const today = vnDayOf(now);
    return this.dataSource.transaction(async (m) => {
      const streak = await this.judgeEndedDays(m, courierId, addDays(today, -1), now);
      const buckets = await loadTrustBuckets(m, courierId, addDays(today, -(REPORT_HISTORY_DAYS - 1)), today);
      return courierTrustReport({
        courier: { id: courierId, name: courier.name },
        now,
        today,
        history: new TrustHistory(buckets),
        streak,
        thresholds: this.thresholds(),
        minDelivered: this.env.COURIER_TRUST_MIN_DELIVERED,
      });
    });
  }

  /** Judges the days after the streak's last judged day through `yesterday`, and saves the streak. */
  private async judgeEndedDays(m: EntityManager, courierId: string, yesterday: TrustDay, now: Date): Promise<LabelStreak> {
    const current = await m.findOneBy(CourierTrustLabelRecord, { courierId });
    if (current?.judgedThrough != null && current.judgedThrough >= yesterday) return { streakStart: current.streakStart, judgedThrough: current.judgedThrough };
    await m
      .createQueryBuilder()
      .insert()
      .into(CourierTrustLabelRecord)
      .values({
        courierId,
        streakStart: null,
        judgedThrough: null,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
    const row = await m.findOneOrFail(CourierTrustLabelRecord, {
      where: { courierId },
      lock: { mode: 'pessimistic_write' },
    });
    let state: LabelStreak = {
      streakStart: row.streakStart,
      judgedThrough: row.judgedThrough,
    };
    if (state.judgedThrough !== null && state.judgedThrough >= yesterday) return state;
    let from = state.judgedThrough !== null ? addDays(state.judgedThrough, 1) : ((await firstTrustDay(m, courierId)) ?? yesterday);
    if (daysBetween(from, yesterday) >= MAX_JUDGED_DAYS) {
      from = addDays(yesterday, -(MAX_JUDGED_DAYS - 1));
      state = { streakStart: null, judgedThrough: null };
    }
    if (from <= yesterday) {
      const history = new TrustHistory(await loadTrustBuckets(m, courierId, addDays(from, -29), yesterday));
      const thresholds = this.thresholds();
      const judged = TrustHistory.days(from, yesterday).map((day) => {
        const facts = history.window(day, 30);
        return {
          day,
          qualifies: dayQualifies(facts, trustScore(facts, this.env.COURIER_TRUST_MIN_DELIVERED) !== null, thresholds),
        };
      });
      state = advanceStreak(state, judged);
    }
    if (state.judgedThrough === null || state.judgedThrough < yesterday) state = { ...state, judgedThrough: yesterday };
    await m.update(
      CourierTrustLabelRecord,
      { courierId },
      {
        streakStart: state.streakStart,
        judgedThrough: state.judgedThrough,
        updatedAt: now,
      },
    );
    return state;
  }

  private thresholds(): SafeDeliveryThresholds {
    return {
      onTimePct: this.env.COURIER_SAFE_ON_TIME_PCT,
      failedAttemptPct: this.env.COURIER_SAFE_FAILED_ATTEMPT_PCT,
      exceptionPct: this.env.COURIER_SAFE_EXCEPTION_PCT,
      codRemittanceDays: this.env.COURIER_SAFE_COD_REMITTANCE_DAYS,
    };
  }
}
