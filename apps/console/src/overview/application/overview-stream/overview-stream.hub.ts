import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConsoleEnv } from '../../../config/console.env';
import { ReadModelChanges } from '../../../read-model/application/read-model-changes';
import { ServiceHealthMonitor } from '../../../service-health/application/service-health-monitor';
import { changeKey } from '../../domain/change-key';
import { sseComment, sseEvent } from '../../domain/sse-frames';
import { OverviewSnapshotQuery } from '../overview-snapshot/overview-snapshot.query';

/** At most one snapshot a second per stream. */
export const MIN_PUSH_INTERVAL_MS = 1000;
/** Recomputed this often anyway: deadlines fall due and minutes pass without an event. */
export const REFRESH_INTERVAL_MS = 5000;
/** What a client waits before reconnecting (the SSE `retry` field). */
export const RECONNECT_MS = 3000;

/** One open stream (an HTTP response, in production). */
export interface OverviewStream {
  send(frame: string): void;
  /** True while the client has not read what was sent (a snapshot is then skipped: the next one is newer). */
  congested(): boolean;
  close(): void;
}

/**
 * The live overview's event streams. Each gets the whole snapshot first, then a new one whenever what it says
 * changes — the read model (any replica's consumer, through PostgreSQL NOTIFY), a service's health, or time
 * (deadlines falling due, the minute window moving; recomputed every 5 s) — at most once a second, and a heartbeat
 * comment every OVERVIEW_HEARTBEAT_SECONDS. One computation serves every stream of the process.
 */
@Injectable()
export class OverviewStreamHub implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OverviewStreamHub.name);
  private readonly streams = new Map<OverviewStream, { lastKey: string }>();
  private readonly unsubscribes: Array<() => void> = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private pending: NodeJS.Timeout | undefined;
  private lastPushAt = 0;
  private computing = false;
  private changedMeanwhile = false;
  private nextId = 1;

  constructor(
    private readonly snapshots: OverviewSnapshotQuery,
    private readonly readModel: ReadModelChanges,
    private readonly health: ServiceHealthMonitor,
    private readonly env: ConsoleEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.unsubscribes.push(
      this.readModel.subscribe(() => this.changed()),
      this.health.subscribe(() => this.changed()),
    );
    this.timers.push(
      setInterval(() => this.changed(), REFRESH_INTERVAL_MS),
      setInterval(() => this.heartbeat(), this.env.OVERVIEW_HEARTBEAT_SECONDS * 1000),
    );
    for (const t of this.timers) t.unref();
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    for (const t of this.timers) clearInterval(t);
    clearTimeout(this.pending);
    for (const stream of this.streams.keys()) stream.close();
    this.streams.clear();
  }

  /** Streams open in this process. */
  get size(): number {
    return this.streams.size;
  }

  /**
   * Opens a stream: sends it a fresh snapshot, then keeps it posted. Answers the function that closes it (on the
   * client's disconnect). @throws when the first snapshot cannot be computed (nothing was sent)
   */
  async open(stream: OverviewStream): Promise<() => void> {
    const snapshot = await this.snapshots.execute();
    stream.send(sseEvent('snapshot', this.nextId++, snapshot, RECONNECT_MS));
    this.streams.set(stream, { lastKey: changeKey(snapshot) });
    return () => this.streams.delete(stream);
  }

  /** Something changed: push within a second (coalescing what follows meanwhile). */
  changed(): void {
    if (this.streams.size === 0 || this.pending) return;
    if (this.computing) {
      this.changedMeanwhile = true;
      return;
    }
    const wait = Math.max(0, this.lastPushAt + MIN_PUSH_INTERVAL_MS - Date.now());
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.push();
    }, wait);
  }

  private async push(): Promise<void> {
    this.computing = true;
    this.lastPushAt = Date.now();
    try {
      const snapshot = await this.snapshots.execute();
      const key = changeKey(snapshot);
      let frame: string | undefined;
      for (const [stream, state] of this.streams) {
        if (state.lastKey === key || stream.congested()) continue;
        frame ??= sseEvent('snapshot', this.nextId++, snapshot);
        stream.send(frame);
        state.lastKey = key;
      }
    } catch (e) {
      this.logger.warn(`overview snapshot failed, streams keep the last one: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.computing = false;
    }
    if (this.changedMeanwhile) {
      this.changedMeanwhile = false;
      this.changed();
    }
  }

  private heartbeat(): void {
    const frame = sseComment('heartbeat');
    for (const stream of this.streams.keys()) if (!stream.congested()) stream.send(frame);
  }
}
