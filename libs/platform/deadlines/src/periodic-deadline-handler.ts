import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Clock } from '@trustcircle/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import { nextAlignedSlot } from './aligned-slot';
import type { DeadlineHandler, DueDeadline } from './deadline-handler';
import type { DeadlineScheduler } from './deadline-scheduler';

/** What a periodic deadline is: its kind, its period and how log lines name its work. */
export interface PeriodicDeadlineOptions {
  /** The deadline kind; the same as the subclass's `@HandlesDeadline(kind)`. */
  kind: string;
  /** The period in ms (a positive integer): slots are its multiples since the epoch. */
  intervalMs: number;
  /** How log lines name the work, e.g. `ledger check`. */
  label: string;
}

/**
 * Periodic work on one replica per run: a self-rescheduling deadline of the shared scheduler. Slots are aligned
 * on the interval ({@link nextAlignedSlot}) and the deadline's subject names the slot, so every replica
 * scheduling "the next run" upserts the same pending row, and the sweep's `FOR UPDATE SKIP LOCKED` hands it to
 * exactly one replica. Each replica seeds the next slot at boot (a chain broken by an outage heals at the next
 * deploy or restart).
 *
 * When it comes due, the handler schedules the next slot and runs {@link run}, both in the deadline's
 * transaction, so the fired mark, the next deadline and whatever the work writes commit together. The work runs
 * in a savepoint: if it errors, {@link onRunError} is called, the error is logged and the chain still moves on.
 *
 * A subclass is an `@Injectable()` with `@HandlesDeadline(kind)`, passes its dependencies and options to this
 * constructor and implements {@link run}.
 */
export abstract class PeriodicDeadlineHandler implements DeadlineHandler, OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: DeadlineScheduler,
    private readonly clock: Clock,
    private readonly options: PeriodicDeadlineOptions,
  ) {}

  /** The periodic work, in a savepoint of the deadline's transaction. */
  protected abstract run(manager: EntityManager): Promise<void>;

  /** Called when {@link run} errors, before the error is logged (e.g. to count it). Does nothing by default. */
  protected onRunError(_error: unknown): void {
    // Nothing to count by default.
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.scheduleNext(this.dataSource.manager);
    } catch (e) {
      this.logger.warn(`could not schedule the next ${this.options.label}: ${errorMessage(e)}`);
    }
  }

  async onDue(_deadline: DueDeadline, manager: EntityManager): Promise<void> {
    await this.scheduleNext(manager);
    try {
      await manager.transaction((m) => this.run(m));
    } catch (e) {
      this.onRunError(e);
      this.logger.error(`scheduled ${this.options.label} errored: ${errorMessage(e)}`);
    }
  }

  /** Schedules the next slot after the clock's now (idempotent across replicas). */
  async scheduleNext(manager: EntityManager): Promise<void> {
    const next = nextAlignedSlot(this.clock.now(), this.options.intervalMs);
    await this.scheduler.schedule(manager, this.options.kind, next.subjectId, next.dueAt);
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
