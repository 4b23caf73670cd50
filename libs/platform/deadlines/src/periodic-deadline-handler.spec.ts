import { Logger } from '@nestjs/common';
import { ManualClock } from '@trustcircle/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import type { DueDeadline } from './deadline-handler';
import type { DeadlineScheduler } from './deadline-scheduler';
import { PeriodicDeadlineHandler } from './periodic-deadline-handler';

type Work = jest.Mock<Promise<void>, [EntityManager]>;

const DUE: DueDeadline = { id: 'd-1', kind: 'tidy-up', subjectId: 'slot:2026-11-05T10:05:00.000Z', dueAt: new Date('2026-11-05T10:05:00.000Z'), payload: {} };

/** A periodic deadline whose work is a mock; `errors` counts what {@link onRunError} saw. */
class TidyUp extends PeriodicDeadlineHandler {
  readonly errors: unknown[] = [];

  constructor(
    dataSource: DataSource,
    scheduler: DeadlineScheduler,
    clock: ManualClock,
    readonly work: Work,
  ) {
    super(dataSource, scheduler, clock, { kind: 'tidy-up', intervalMs: 300_000, label: 'tidy-up' });
  }

  protected run(manager: EntityManager): Promise<void> {
    return this.work(manager);
  }

  protected override onRunError(error: unknown): void {
    this.errors.push(error);
  }
}

function setUp(doWork: (m: EntityManager) => Promise<void> = async () => undefined) {
  const work: Work = jest.fn(doWork);
  const bootManager = { name: 'boot' } as unknown as EntityManager;
  const savepoint = { name: 'savepoint' } as unknown as EntityManager;
  const manager = { name: 'deadline', transaction: jest.fn((fn: (m: EntityManager) => Promise<unknown>) => fn(savepoint)) } as unknown as EntityManager;
  const schedule = jest.fn(async () => undefined);
  const clock = new ManualClock('2026-11-05T10:02:13.500Z');
  const handler = new TidyUp({ manager: bootManager } as DataSource, { schedule } as unknown as DeadlineScheduler, clock, work);
  const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  return { handler, clock, schedule, work, bootManager, manager, savepoint, warn, error };
}

afterEach(() => jest.restoreAllMocks());

describe('PeriodicDeadlineHandler', () => {
  it('seeds the next aligned slot at boot, outside any transaction', async () => {
    const { handler, schedule, bootManager, work } = setUp();
    await handler.onApplicationBootstrap();
    expect(schedule.mock.calls).toEqual([[bootManager, 'tidy-up', 'slot:2026-11-05T10:05:00.000Z', new Date('2026-11-05T10:05:00.000Z')]]);
    expect(work).not.toHaveBeenCalled();
  });

  it('boots even when the next slot cannot be scheduled, and warns naming the work', async () => {
    const { handler, schedule, warn } = setUp();
    schedule.mockRejectedValueOnce(new Error('database is down'));
    await expect(handler.onApplicationBootstrap()).resolves.toBeUndefined();
    expect(warn.mock.calls).toEqual([['could not schedule the next tidy-up: database is down']]);
  });

  it('when due, schedules the following slot in the deadline transaction, then runs the work in a savepoint', async () => {
    const { handler, clock, schedule, work, manager, savepoint } = setUp();
    clock.set('2026-11-05T10:05:00.000Z');
    await handler.onDue(DUE, manager);
    expect(schedule.mock.calls).toEqual([[manager, 'tidy-up', 'slot:2026-11-05T10:10:00.000Z', new Date('2026-11-05T10:10:00.000Z')]]);
    expect(work.mock.calls).toEqual([[savepoint]]);
    expect(schedule.mock.invocationCallOrder[0]).toBeLessThan(work.mock.invocationCallOrder[0]);
    expect(handler.errors).toEqual([]);
  });

  it('when the work errors, reports it to onRunError, logs it and still moves the chain on', async () => {
    const failure = new Error('boom');
    const { handler, schedule, manager, error } = setUp(async () => Promise.reject(failure));
    await expect(handler.onDue(DUE, manager)).resolves.toBeUndefined();
    expect(handler.errors).toEqual([failure]);
    expect(error.mock.calls).toEqual([['scheduled tidy-up errored: boom']]);
    expect(schedule).toHaveBeenCalledTimes(1);
  });

  it('lets the deadline fail (to be retried) when the next slot cannot be scheduled, without running the work', async () => {
    const { handler, schedule, work, manager } = setUp();
    schedule.mockRejectedValueOnce(new Error('lock timeout'));
    await expect(handler.onDue(DUE, manager)).rejects.toThrow('lock timeout');
    expect(work).not.toHaveBeenCalled();
  });

  it('names its logger after the subclass', async () => {
    const { handler, manager, error } = setUp(async () => Promise.reject('not an Error'));
    await handler.onDue(DUE, manager);
    expect(error.mock.contexts[0]).toMatchObject({ context: 'TidyUp' });
    expect(error.mock.calls).toEqual([['scheduled tidy-up errored: not an Error']]);
  });
});
