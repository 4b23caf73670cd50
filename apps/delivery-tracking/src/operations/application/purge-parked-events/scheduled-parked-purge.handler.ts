import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeadlineHandler, DeadlineScheduler, type DueDeadline, HandlesDeadline } from '@trustcircle/deadlines';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { Metrics } from '@trustcircle/observability';
import type { Counter } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import { ReplayParkedEventsUseCase } from '../../../tracking/application/replay-parked-events/replay-parked-events.use-case';
import { nextParkedPurgeSlot, PARKED_PURGE_DEADLINE } from './parked-purge-slot';

/** Counter: parked courier events deleted because their time was up. WARNING: never rename. */
export const PARKED_PURGED_METRIC = 'tc_delivery_parked_events_purged_total';

/**
 * Purges parked courier events past their expiry (UNKNOWN_TRACKING_PARK_DAYS) every hour, on one replica per
 * run: a self-rescheduling deadline of the shared scheduler. Slots are aligned on the hour and named by it, so
 * every replica scheduling "the next purge" upserts the same pending row and the sweep hands it to one replica.
 * Each replica seeds the next slot at boot (a chain broken by an outage heals at the next restart). When due,
 * the handler schedules the next slot and purges, both in the deadline's transaction; the purge runs in a
 * savepoint, so an error is logged and the chain still moves on.
 */
@Injectable()
@HandlesDeadline(PARKED_PURGE_DEADLINE)
export class ScheduledParkedPurge implements DeadlineHandler, OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduledParkedPurge.name);
  private readonly purged: Counter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: DeadlineScheduler,
    private readonly replayParked: ReplayParkedEventsUseCase,
    metrics: Metrics,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.purged = metrics.counter({ name: PARKED_PURGED_METRIC, help: 'Parked courier events deleted after their expiry.' });
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.scheduleNext(this.dataSource.manager);
    } catch (e) {
      this.logger.warn(`could not schedule the next parked-events purge: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async onDue(_deadline: DueDeadline, manager: EntityManager): Promise<void> {
    await this.scheduleNext(manager);
    try {
      const count = await manager.transaction((m) => this.replayParked.purgeExpired(m));
      this.purged.inc(count);
      if (count > 0) this.logger.log(`purged ${count} expired parked courier event(s)`);
    } catch (e) {
      this.logger.error(`parked-events purge errored: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Schedules the next slot after the clock's now (idempotent across replicas). */
  async scheduleNext(manager: EntityManager): Promise<void> {
    const next = nextParkedPurgeSlot(this.clock.now());
    await this.scheduler.schedule(manager, PARKED_PURGE_DEADLINE, next.subjectId, next.dueAt);
  }
}
