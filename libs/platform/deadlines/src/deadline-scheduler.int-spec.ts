import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@trustcircle/kernel';
import { serviceDataSourceOptions } from '@trustcircle/database';
import { loadConfig, ServiceEnv, readProcessEnv } from '@trustcircle/config';
import { DataSource, type EntityManager } from 'typeorm';
import type { DeadlineHandler, DueDeadline } from './deadline-handler';
import { DeadlineScheduler } from './deadline-scheduler';

const SCHEMA = 'disputes';

function dataSource(): DataSource {
  const env = loadConfig(ServiceEnv, readProcessEnv());
  return new DataSource(serviceDataSourceOptions({ service: 'disputes', entities: [], migrations: [] }, { ...env, DB_POOL_MAX: 4 }));
}

/** Records each firing in a table inside the firing transaction, to count effects exactly. */
class RecordingHandler implements DeadlineHandler {
  constructor(private readonly failFor = new Set<string>()) {}
  async onDue(d: DueDeadline, manager: EntityManager): Promise<void> {
    if (this.failFor.has(d.subjectId)) throw new Error(`refusing ${d.subjectId}`);
    await manager.query(`INSERT INTO "${SCHEMA}"."tmp_deadline_effects" (deadline_id, subject_id) VALUES ($1, $2)`, [d.id, d.subjectId]);
  }
}

describe(DeadlineScheduler.name, () => {
  const a = dataSource();
  const b = dataSource();
  const kind = `test-${randomUUID()}`;
  const clock = new ManualClock('2030-01-01T00:00:00Z');

  beforeAll(async () => {
    await Promise.all([a.initialize(), b.initialize()]);
    await a.query(`CREATE TABLE IF NOT EXISTS "${SCHEMA}"."tmp_deadline_effects" (deadline_id uuid, subject_id text)`);
  });
  afterAll(async () => {
    await a.query(`DELETE FROM "${SCHEMA}"."deadlines" WHERE kind LIKE 'test-%'`);
    await Promise.all([a.destroy(), b.destroy()]);
  });

  async function effects(subjects: string[]): Promise<Map<string, number>> {
    const rows = (await a.query(`SELECT subject_id, count(*)::int AS n FROM "${SCHEMA}"."tmp_deadline_effects" WHERE subject_id = ANY($1) GROUP BY subject_id`, [
      subjects,
    ])) as Array<{ subject_id: string; n: number }>;
    return new Map(rows.map((r) => [r.subject_id, r.n]));
  }

  it('fires each due deadline exactly once across two racing replicas, and nothing before it is due', async () => {
    const handlers = new Map([[kind, new RecordingHandler()]]);
    const replicaA = new DeadlineScheduler(a, SCHEMA, clock, handlers);
    const replicaB = new DeadlineScheduler(b, SCHEMA, clock, handlers);
    const subjects = Array.from({ length: 40 }, () => randomUUID());
    await a.transaction(async (m) => {
      for (const [i, s] of subjects.entries()) await replicaA.schedule(m, kind, s, new Date(clock.now().getTime() + (i < 30 ? 60_000 : 3_600_000)));
    });

    expect(await replicaA.sweepNow()).toEqual({ fired: 0, failed: 0 });
    clock.advance(60_000);
    const [ra, rb] = await Promise.all([replicaA.sweepNow(), replicaB.sweepNow()]);
    expect(ra.fired + rb.fired).toBe(30);
    expect(ra.fired).toBeGreaterThan(0);
    expect(rb.fired).toBeGreaterThan(0);
    const counts = await effects(subjects);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(30);
  });

  it('moves a rescheduled deadline, forgets a cancelled one, and retries a failing one without blocking the rest', async () => {
    const k = `test-${randomUUID()}`;
    const failing = randomUUID();
    const moved = randomUUID();
    const cancelled = randomUUID();
    const fine = randomUUID();
    const scheduler = new DeadlineScheduler(a, SCHEMA, clock, new Map([[k, new RecordingHandler(new Set([failing]))]]), 3);
    const soon = new Date(clock.now().getTime() + 1000);
    await a.transaction(async (m) => {
      for (const s of [failing, moved, cancelled, fine]) await scheduler.schedule(m, k, s, soon);
      await scheduler.schedule(m, k, moved, new Date(soon.getTime() + 86_400_000));
      expect(await scheduler.cancel(m, k, cancelled)).toBe(true);
    });
    clock.advance(1000);
    expect(await scheduler.sweepNow()).toEqual({ fired: 1, failed: 1 });
    expect(await scheduler.sweepNow()).toEqual({ fired: 0, failed: 1 });
    expect(await scheduler.sweepNow()).toEqual({ fired: 0, failed: 1 });
    expect(await scheduler.sweepNow()).toEqual({ fired: 0, failed: 0 }); // attempts exhausted: left for operators
    const counts = await effects([failing, moved, cancelled, fine]);
    expect(Object.fromEntries(counts)).toEqual({ [fine]: 1 });
    const [row] = (await a.query(`SELECT status, attempts, last_error FROM "${SCHEMA}"."deadlines" WHERE subject_id = $1`, [failing])) as Array<{
      status: string;
      attempts: number;
      last_error: string;
    }>;
    expect(row).toEqual({ status: 'PENDING', attempts: 3, last_error: `refusing ${failing}` });
    clock.advance(86_400_000);
    expect((await scheduler.sweepNow()).fired).toBe(1);
  });
});
