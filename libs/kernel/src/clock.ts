/**
 * The platform's notion of "now". Everything time-dependent (deadlines, windows, expiries) asks an injected
 * Clock, so tests move time instead of sleeping on the wall clock.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** Injection token for the Clock. */
export const CLOCK = Symbol.for('trustcircle.clock');

/** The real wall clock. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that only moves when told to. For tests, and for the test-only time controls of a service started
 * with test hooks enabled.
 */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string | number = Date.now()) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('a clock only moves forward');
    this.current += ms;
    return this.now();
  }

  /** Sets the time; it may not move backwards. */
  set(to: Date | string | number): Date {
    const next = new Date(to).getTime();
    if (next < this.current) throw new RangeError('a clock only moves forward');
    this.current = next;
    return this.now();
  }
}

/**
 * The wall clock plus an offset that can only grow: lets a running service (started with test hooks) jump
 * forward in time while still ticking.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('a clock only moves forward');
    this.offsetMs += ms;
    return this.now();
  }
}
