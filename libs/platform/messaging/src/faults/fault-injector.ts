import { Logger } from '@nestjs/common';

/**
 * Named points where a test may have this process killed (SIGKILL, no cleanup), to prove that a crash at the
 * most dangerous moments still leaves every effect applied exactly once. Configured only by FAULT_POINTS,
 * which production refuses at boot.
 *
 * Points:
 * - `outbox.before-publish`: the state change and its outbox row are committed; nothing is published yet.
 * - `outbox.after-publish`: the broker acknowledged the events; the rows are not yet marked as published.
 * - `consumer.after-commit`: the effect and inbox row are committed; the Kafka offset is not.
 */
export class FaultInjector {
  private readonly logger = new Logger(FaultInjector.name);
  private readonly armed: Set<string>;

  constructor(points: readonly string[]) {
    this.armed = new Set(points);
  }

  /** Kills the process at once when `point` is armed. */
  hit(point: FaultPoint): void {
    if (!this.armed.has(point)) return;
    this.logger.warn(`fault point ${point} reached: SIGKILL`);
    process.kill(process.pid, 'SIGKILL');
    // SIGKILL to oneself lands at once; never run another instruction meanwhile.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
  }
}

export type FaultPoint = 'outbox.before-publish' | 'outbox.after-publish' | 'consumer.after-commit';
