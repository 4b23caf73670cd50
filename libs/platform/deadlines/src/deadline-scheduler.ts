import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Clock } from '@trustcircle/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeadlineHandler, DueDeadline } from './deadline-handler';

/** Result of one sweep. */
export interface SweepResult {
  fired: number;
  failed: number;
}

/**
 * The shared deadline scheduler. Deadlines live in the service's own schema and are swept with
 * `FOR UPDATE SKIP LOCKED`: each due row is claimed by exactly one replica, handled in the same transaction
 * that marks it fired, and never fired twice. "Now" comes from the injected clock, so tests move time
 * instead of sleeping.
 */
export class DeadlineScheduler {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<SweepResult> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly clock: Clock,
    private readonly handlers: ReadonlyMap<string, DeadlineHandler>,
    private readonly maxAttempts = 10,
  ) {}

  /** Schedules (or moves) the pending deadline of `kind` for `subjectId`, inside the caller's transaction. */
  async schedule(manager: EntityManager, kind: string, subjectId: string, dueAt: Date, payload: Record<string, unknown> = {}): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}"."deadlines" (id, kind, subject_id, due_at, payload) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, subject_id) WHERE status = 'PENDING' DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL`,
      [randomUUID(), kind, subjectId, dueAt, JSON.stringify(payload)],
    );
  }

  /**
   * Cancels the pending deadline of `kind` for `subjectId`, inside the caller's transaction. A deadline a sweep is
   * firing at this very moment (its row locked) is not waited for and not cancelled (false): its handler runs
   * after the caller's transaction and must re-check the subject's state, as every handler does. Not waiting
   * avoids a deadlock between a use case holding its aggregate's lock and a sweep holding the deadline's lock
   * while its handler waits for the aggregate.
   */
  async cancel(manager: EntityManager, kind: string, subjectId: string): Promise<boolean> {
    const rows = (await manager.query(
      `UPDATE "${this.schema}"."deadlines" SET status = 'CANCELLED'
        WHERE id IN (SELECT id FROM "${this.schema}"."deadlines" WHERE kind = $1 AND subject_id = $2 AND status = 'PENDING' FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [kind, subjectId],
    )) as [unknown[], number];
    return rows[1] > 0;
  }

  /** Sweeps periodically. */
  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => void this.sweepNow().catch((e: unknown) => this.logger.warn(`sweep failed: ${String(e)}`)), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Fires every deadline due by the clock's now. Concurrent calls in one process share one sweep. */
  sweepNow(): Promise<SweepResult> {
    this.sweeping ??= this.sweep().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  private async sweep(): Promise<SweepResult> {
    const result: SweepResult = { fired: 0, failed: 0 };
    const now = this.clock.now();
    const skip = new Set<string>();
    for (;;) {
      const outcome = await this.fireOne(now, [...skip]);
      if (outcome === 'none') return result;
      if (outcome === 'fired') result.fired++;
      else {
        result.failed++;
        skip.add(outcome.failedId);
      }
    }
  }

  private async fireOne(now: Date, skip: string[]): Promise<'fired' | 'none' | { failedId: string }> {
    let claimed: DueDeadline | undefined;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT id, kind, subject_id, due_at, payload FROM "${this.schema}"."deadlines"
            WHERE status = 'PENDING' AND due_at <= $1 AND attempts < $2 AND NOT (id = ANY($3::uuid[])) AND kind = ANY($4::text[])
            ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now, this.maxAttempts, skip, [...this.handlers.keys()]],
        )) as Array<{ id: string; kind: string; subject_id: string; due_at: Date; payload: Record<string, unknown> }>;
        if (rows.length === 0) return 'none' as const;
        const r = rows[0];
        claimed = { id: r.id, kind: r.kind, subjectId: r.subject_id, dueAt: r.due_at, payload: r.payload };
        // Only kinds with a handler are claimed (a replica of an older version leaves newer kinds alone).
        await (this.handlers.get(r.kind) as DeadlineHandler).onDue(claimed, manager);
        await manager.query(`UPDATE "${this.schema}"."deadlines" SET status = 'FIRED', fired_at = $2, attempts = attempts + 1 WHERE id = $1`, [r.id, now]);
        return 'fired' as const;
      });
    } catch (e) {
      if (!claimed) throw e;
      const message = e instanceof Error ? e.message : String(e);
      this.logger.warn(`deadline ${claimed.kind} for ${claimed.subjectId} failed: ${message}`);
      await this.dataSource.query(`UPDATE "${this.schema}"."deadlines" SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [claimed.id, message.slice(0, 1000)]);
      return { failedId: claimed.id };
    }
  }
}
