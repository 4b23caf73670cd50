import { Logger } from '@nestjs/common';
import type { IHeaders, Producer, TopicMessages } from 'kafkajs';
import { Client, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { FaultInjector } from '../faults/fault-injector';
import { outboxChannel } from '../messaging-schema';

/** Relay settings. */
export interface OutboxRelayOptions {
  /** The service's schema (one relay leader per schema). */
  schema: string;
  /** Connection for the relay's own session (LISTEN and the leader lock); never from the pool. */
  listenConnection: ClientConfig;
  /** Safety-net poll interval when no NOTIFY arrives. */
  pollMs: number;
  /** Rows per round trip. */
  batchSize: number;
  /** Published rows older than this are deleted. */
  retainPublishedMs: number;
}

interface PendingRow {
  id: string;
  topic: string;
  key: string;
  envelope: unknown;
  headers: Record<string, string>;
}

/** Observer hooks for metrics. */
export interface OutboxRelayObserver {
  published(count: number, oldestCreatedAt: Date | undefined): void;
}

/**
 * Publishes outbox rows to Kafka in commit order, keyed by the envelope key, then marks them published.
 *
 * - One active relay per schema: the leader holds a session-level advisory lock on its own connection, so
 *   replicas stand by and order is kept.
 * - Woken by LISTEN/NOTIFY (delivered at commit) for low hop latency; a poll interval is the safety net.
 * - At-least-once: a crash after the broker's ack and before the update re-sends; consumers deduplicate by id.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private session: Client | undefined;
  private leader = false;
  private stopped = true;
  private wake: (() => void) | undefined;
  /** Set by a NOTIFY (or stop) that arrived while not sleeping, so the wake-up is never lost. */
  private wakeRequested = false;
  private loopDone: Promise<void> | undefined;
  private lastCleanup = 0;
  private lastError: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly options: OutboxRelayOptions,
    private readonly faults: FaultInjector,
    private readonly observer?: OutboxRelayObserver,
  ) {}

  /** Starts the relay loop. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loopDone = this.loop();
  }

  /** Stops after the current round; releases the leader lock. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.signal();
    await this.loopDone;
    await this.closeSession();
  }

  private signal(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  /** The last error the loop hit, if it has not recovered since. */
  health(): { leader: boolean; error?: string } {
    return { leader: this.leader, ...(this.lastError ? { error: this.lastError } : {}) };
  }

  /** Publishes everything pending once (used by tests and by the loop). Returns the count published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      total += n;
      if (n < this.options.batchSize) return total;
    }
  }

  private async loop(): Promise<void> {
    let backoff = 100;
    while (!this.stopped) {
      try {
        if (!(await this.ensureLeadership())) {
          await this.pause(Math.max(this.options.pollMs, 2000));
          continue;
        }
        this.wakeRequested = false;
        const n = await this.publishBatch();
        await this.maybeCleanup();
        this.lastError = undefined;
        backoff = 100;
        if (n < this.options.batchSize) await this.sleep(this.options.pollMs);
      } catch (e) {
        this.lastError = e instanceof Error ? e.message : String(e);
        this.logger.warn(`outbox relay (${this.options.schema}) failed, retrying in ${backoff} ms: ${this.lastError}`);
        await this.closeSession();
        await this.pause(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  private async ensureLeadership(): Promise<boolean> {
    if (this.session && this.leader) return true;
    if (!this.session) {
      const session = new Client(this.options.listenConnection);
      session.on('error', (e) => {
        this.lastError = e.message;
        this.leader = false;
        this.session = undefined;
        this.signal();
      });
      session.on('notification', () => this.signal());
      await session.connect();
      this.session = session;
    }
    const [{ locked }] = (await this.session.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`tc-outbox-relay:${this.options.schema}`]))
      .rows as Array<{ locked: boolean }>;
    if (locked) {
      await this.session.query(`LISTEN ${outboxChannel(this.options.schema)}`);
      this.leader = true;
      this.logger.log(`outbox relay (${this.options.schema}) is the leader`);
    }
    return locked;
  }

  private async publishBatch(): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT id, topic, key, envelope, headers, created_at FROM "${this.options.schema}"."outbox"
        WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
      [this.options.batchSize],
    )) as Array<PendingRow & { created_at: Date }>;
    if (rows.length === 0) {
      this.observer?.published(0, undefined);
      return 0;
    }
    this.faults.hit('outbox.before-publish');
    const byTopic = new Map<string, TopicMessages>();
    for (const row of rows) {
      const tm = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
      tm.messages.push({ key: row.key, value: JSON.stringify(row.envelope), headers: row.headers as IHeaders });
      byTopic.set(row.topic, tm);
    }
    await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
    this.faults.hit('outbox.after-publish');
    await this.dataSource.query(`UPDATE "${this.options.schema}"."outbox" SET published_at = now() WHERE id = ANY($1::uuid[])`, [
      rows.map((r) => r.id),
    ]);
    this.observer?.published(rows.length, rows[0].created_at);
    return rows.length;
  }

  private async maybeCleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(
      `DELETE FROM "${this.options.schema}"."outbox" WHERE published_at IS NOT NULL AND published_at < now() - ($1::bigint * interval '1 millisecond')`,
      [this.options.retainPublishedMs],
    );
  }

  /** Waits `ms`; only stop() cuts it short (a backoff must not be defeated by wake-ups or error events). */
  private async pause(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (!this.stopped && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(100, until - Date.now())));
  }

  /** Waits up to `ms` for a wake-up (NOTIFY or stop). */
  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async closeSession(): Promise<void> {
    const s = this.session;
    this.session = undefined;
    this.leader = false;
    if (s) await s.end().catch(() => undefined);
  }
}
