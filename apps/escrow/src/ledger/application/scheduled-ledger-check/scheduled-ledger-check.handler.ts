import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeadlineHandler, DeadlineScheduler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { LedgerCheckMetrics } from '../run-ledger-check/ledger-check.metrics';
import { RunLedgerCheckUseCase } from '../run-ledger-check/run-ledger-check.use-case';
import { LEDGER_CHECK_DEADLINE, nextLedgerCheckSlot } from './ledger-check-slot';

/**
 * The scheduled ledger check, every LEDGER_CHECK_INTERVAL_MS, on one replica per run: a self-rescheduling
 * `ledger-check` deadline of the shared scheduler. Slots are aligned on the interval and the deadline's subject
 * names the slot, so every replica scheduling "the next check" upserts the same pending row, and the sweep's
 * `FOR UPDATE SKIP LOCKED` hands it to exactly one replica. Each replica seeds the next slot at boot (a chain
 * broken by an outage heals at the next deploy or restart).
 *
 * When it comes due, the handler schedules the next slot and runs the check, both in the deadline's
 * transaction, so the fired mark, the next deadline and any `escrow.ledger-check-failed` / alert commit
 * together. The check runs in a savepoint: if it errors (not "fails": a failed check is a result), the error is
 * logged and counted and the chain still moves on.
 */
@Injectable()
@HandlesDeadline(LEDGER_CHECK_DEADLINE)
export class ScheduledLedgerCheck implements DeadlineHandler, OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduledLedgerCheck.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: DeadlineScheduler,
    private readonly runCheck: RunLedgerCheckUseCase,
    private readonly metrics: LedgerCheckMetrics,
    private readonly env: EscrowEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.scheduleNext(this.dataSource.manager);
    } catch (e) {
      this.logger.warn(`could not schedule the next ledger check: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async onDue(_deadline: DueDeadline, manager: EntityManager): Promise<void> {
    await this.scheduleNext(manager);
    try {
      await manager.transaction((m) => this.runCheck.execute('SCHEDULED', m));
    } catch (e) {
      this.metrics.observeError('SCHEDULED');
      this.logger.error(`scheduled ledger check errored: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Schedules the next slot after the clock's now (idempotent across replicas). */
  async scheduleNext(manager: EntityManager): Promise<void> {
    const next = nextLedgerCheckSlot(this.clock.now(), this.env.LEDGER_CHECK_INTERVAL_MS);
    await this.scheduler.schedule(manager, LEDGER_CHECK_DEADLINE, next.subjectId, next.dueAt);
  }
}
