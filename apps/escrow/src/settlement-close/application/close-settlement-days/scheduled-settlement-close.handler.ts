import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineScheduler, HandlesDeadline, PeriodicDeadlineHandler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { CloseSettlementDaysUseCase } from './close-settlement-days.use-case';

/** The deadline kind of the scheduled settlement close. */
export const SETTLEMENT_CLOSE_DEADLINE = 'partner-settlement-close';

/** How often the closer looks for ended days: every 10 minutes (a day closes at most this long after its grace period). */
export const SETTLEMENT_CLOSE_INTERVAL_MS = 600_000;

/**
 * The scheduled settlement close, every {@link SETTLEMENT_CLOSE_INTERVAL_MS}, on one replica per run: a
 * self-rescheduling `partner-settlement-close` deadline ({@link PeriodicDeadlineHandler}, like the scheduled ledger
 * check; the deadline sweep, and so `/__test/deadlines/sweep`, fires it when due). Each day closes in its own
 * transaction ({@link CloseSettlementDaysUseCase}); a day closed twice (another run, another replica) is closed once.
 */
@Injectable()
@HandlesDeadline(SETTLEMENT_CLOSE_DEADLINE)
export class ScheduledSettlementClose extends PeriodicDeadlineHandler {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    scheduler: DeadlineScheduler,
    @Inject(CLOCK) clock: Clock,
    private readonly close: CloseSettlementDaysUseCase,
  ) {
    super(dataSource, scheduler, clock, { kind: SETTLEMENT_CLOSE_DEADLINE, intervalMs: SETTLEMENT_CLOSE_INTERVAL_MS, label: 'partner settlement close' });
  }

  protected async run(): Promise<void> {
    await this.close.closeDueDays();
  }
}
