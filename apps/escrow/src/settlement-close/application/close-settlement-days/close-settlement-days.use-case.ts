import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock, vndToWire } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { DocumentedOutbox } from '../../../documents/application/issue-document/documented-outbox';
import { businessDay } from '../../../reconciliation/domain/business-day';
import { type DayTotals, totalsOf } from '../../../reconciliation/domain/reconciliation-line';
import { OurDayLinesReader } from '../../../reconciliation/infrastructure/our-day-lines.reader';
import { closeWindow } from '../../domain/settlement-close-schedule';
import { DueSettlementDaysReader, type UnclosedDay } from '../../infrastructure/due-settlement-days.reader';

/** How many (partner, day) pairs one run closes at most; the next run takes the rest. */
export const SETTLEMENT_CLOSE_BATCH = 200;

/** A day closed by a run: the settlement id and its totals. */
export interface ClosedSettlement extends UnclosedDay {
  settlementId: string;
  totals: DayTotals;
}

/**
 * Closes each payment partner's ended business days: every (partner, day) of the lookback window whose end plus
 * PARTNER_SETTLEMENT_CLOSE_DELAY_MINUTES has passed, that had activity and is not closed yet. Each day closes in its
 * own transaction: the day's totals, computed exactly as the reconciliation daily report computes them
 * (OurDayLinesReader), the `partner_settlements` row (`ON CONFLICT DO NOTHING` on (partner, day)) and, only when
 * that row was inserted, `escrow.partner-settlement-closed` recorded through {@link DocumentedOutbox}, which issues
 * the partner's signed STATEMENT in the same transaction. A concurrent closer of the same day waits on the unique
 * key, then inserts nothing and records nothing. A day whose totals are all zero is not closed (no empty statement).
 * A day that errors is logged and left for the next run; the others still close.
 */
@Injectable()
export class CloseSettlementDaysUseCase {
  private readonly logger = new Logger(CloseSettlementDaysUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly due: DueSettlementDaysReader,
    private readonly lines: OurDayLinesReader,
    private readonly documented: DocumentedOutbox,
    private readonly env: EscrowEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Closes the days due at `now` (the clock's by default), at most `limit`; answers the days this run closed. */
  async closeDueDays(now: Date = this.clock.now(), limit = SETTLEMENT_CLOSE_BATCH): Promise<ClosedSettlement[]> {
    const { fromDate, toDate } = closeWindow(now, this.env.PARTNER_SETTLEMENT_CLOSE_DELAY_MINUTES);
    const days = await this.due.unclosed(this.dataSource.manager, businessDay(fromDate).from, businessDay(toDate).to, limit);
    const closed: ClosedSettlement[] = [];
    for (const day of days) {
      try {
        const result = await this.dataSource.transaction((m) => this.closeDay(m, day, now));
        if (result) closed.push(result);
      } catch (e) {
        // One day that cannot close (its transaction rolled back) must not keep the others open; the next run retries it.
        this.logger.error(`could not close partner ${day.partnerId}'s ${day.businessDate}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (closed.length > 0) this.logger.log(`closed ${closed.length} partner settlement day(s) up to ${toDate}`);
    return closed;
  }

  private async closeDay(m: EntityManager, day: UnclosedDay, closedAt: Date): Promise<ClosedSettlement | null> {
    const period = businessDay(day.businessDate);
    const totals = totalsOf(await this.lines.lines(m, day.partnerId, period), await this.lines.feeAmount(m, day.partnerId, period));
    if (totals.lineCount === 0 && totals.feeAmount === 0n) return null;
    const settlementId = randomUUID();
    const inserted = (await m.query(
      `INSERT INTO "escrow"."partner_settlements"
         ("id", "partner_id", "business_date", "funded_amount", "payout_amount", "refund_amount", "fee_amount", "line_count", "closed_at")
       VALUES ($1, $2, $3, $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8, $9)
       ON CONFLICT ("partner_id", "business_date") DO NOTHING
       RETURNING "id"`,
      [
        settlementId,
        day.partnerId,
        day.businessDate,
        totals.fundedAmount.toString(),
        totals.payoutAmount.toString(),
        totals.refundAmount.toString(),
        totals.feeAmount.toString(),
        totals.lineCount,
        closedAt,
      ],
    )) as unknown[];
    if (inserted.length === 0) return null;
    await this.documented.record(m, 'escrow.partner-settlement-closed', {
      settlementId,
      partnerId: day.partnerId,
      businessDate: day.businessDate,
      fundedAmount: vndToWire(totals.fundedAmount),
      payoutAmount: vndToWire(totals.payoutAmount),
      refundAmount: vndToWire(totals.refundAmount),
      feeAmount: vndToWire(totals.feeAmount),
      lineCount: totals.lineCount,
      closedAt: closedAt.toISOString(),
    });
    return { ...day, settlementId, totals };
  }
}
