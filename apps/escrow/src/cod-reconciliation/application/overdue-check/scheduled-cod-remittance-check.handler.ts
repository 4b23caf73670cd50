import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineScheduler, HandlesDeadline, PeriodicDeadlineHandler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { FlagOverdueCodCashUseCase } from './flag-overdue-cod-cash.use-case';

/** The deadline kind of the scheduled COD remittance check. */
export const COD_REMITTANCE_CHECK_DEADLINE = 'cod-remittance-check';

/**
 * The scheduled COD remittance check, every COD_REMITTANCE_CHECK_INTERVAL_MS, on one replica per run: a
 * self-rescheduling `cod-remittance-check` deadline ({@link PeriodicDeadlineHandler}, like the scheduled ledger
 * check). When due, it flags overdue cash ({@link FlagOverdueCodCashUseCase}) in the deadline's transaction; if
 * flagging errors, the error is logged and the chain moves on.
 */
@Injectable()
@HandlesDeadline(COD_REMITTANCE_CHECK_DEADLINE)
export class ScheduledCodRemittanceCheck extends PeriodicDeadlineHandler {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    scheduler: DeadlineScheduler,
    @Inject(CLOCK) clock: Clock,
    env: EscrowEnv,
    private readonly flagOverdue: FlagOverdueCodCashUseCase,
  ) {
    super(dataSource, scheduler, clock, { kind: COD_REMITTANCE_CHECK_DEADLINE, intervalMs: env.COD_REMITTANCE_CHECK_INTERVAL_MS, label: 'COD remittance check' });
  }

  protected async run(manager: EntityManager): Promise<void> {
    await this.flagOverdue.execute(manager);
  }
}
