import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineScheduler, HandlesDeadline, PeriodicDeadlineHandler } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { LedgerCheckMetrics } from '../run-ledger-check/ledger-check.metrics';
import { RunLedgerCheckUseCase } from '../run-ledger-check/run-ledger-check.use-case';
import { LEDGER_CHECK_DEADLINE } from './ledger-check-slot';

/**
 * The scheduled ledger check, every LEDGER_CHECK_INTERVAL_MS, on one replica per run: a self-rescheduling
 * `ledger-check` deadline ({@link PeriodicDeadlineHandler}: aligned slots, the next one seeded at boot and
 * scheduled when one comes due). The check runs in the deadline's transaction, so the fired mark, the next
 * deadline and any `escrow.ledger-check-failed` / alert commit together. If the check errors (not "fails": a
 * failed check is a result), the error is logged and counted and the chain still moves on.
 */
@Injectable()
@HandlesDeadline(LEDGER_CHECK_DEADLINE)
export class ScheduledLedgerCheck extends PeriodicDeadlineHandler {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    scheduler: DeadlineScheduler,
    @Inject(CLOCK) clock: Clock,
    env: EscrowEnv,
    private readonly runCheck: RunLedgerCheckUseCase,
    private readonly metrics: LedgerCheckMetrics,
  ) {
    super(dataSource, scheduler, clock, { kind: LEDGER_CHECK_DEADLINE, intervalMs: env.LEDGER_CHECK_INTERVAL_MS, label: 'ledger check' });
  }

  protected async run(manager: EntityManager): Promise<void> {
    await this.runCheck.execute('SCHEDULED', manager);
  }

  protected override onRunError(): void {
    this.metrics.observeError('SCHEDULED');
  }
}
