import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type AnyEvent, type EventType, EVENT_HEADERS, type IntakeTopicName } from '@trustcircle/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsumerDeadLetterReason, DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import type { FaultInjector } from '../faults/fault-injector';
import { decodeEvent } from './decode-event';
import { decodeIntake, intakeRecordOf } from './decode-intake';
import type { EventHandler } from './event-handler';
import type { IntakeHandler } from './intake-handler';
import { classifyFailure, PermanentEventError } from './failure-classifier';

/** A registered intake handler (partner messages without an envelope). */
export interface RegisteredIntakeHandler {
  name: string;
  topic: IntakeTopicName;
  handler: IntakeHandler<IntakeTopicName>;
}

/** A registered handler with its inbox name. */
export interface RegisteredHandler {
  /** Stable name recorded in the inbox (the handler class name). */
  name: string;
  type: EventType;
  handler: EventHandler<EventType>;
}

export interface EventConsumerOptions {
  groupId: string;
  schema: string;
  /** The topics to subscribe to for these event types. */
  topicsOf: (types: string[]) => string[];
  concurrency: number;
  /**
   * Most events of one partition applied in one transaction when a batch has several waiting (1: one transaction
   * per event). A run that fails as a whole is rolled back and applied again one event at a time.
   */
  maxEventsPerTransaction: number;
  /** Attempts for an unfamiliar error before it is dead-lettered (only while the database answers). */
  maxUnknownAttempts: number;
  /** Backoff cap for transient retries. */
  maxBackoffMs: number;
  /** Runs a handler inside a trace context (the incoming event's correlation id; the event as causation). */
  withTrace: <R>(ids: { correlationId: string; causationId: string | null }, fn: () => Promise<R>) => Promise<R>;
}

/** Observer hooks for metrics. */
export interface EventConsumerObserver {
  lag(topic: string, partition: number, lag: number): void;
  duplicate(type: string): void;
  processed(type: string, ms: number): void;
  /** A run of `events` events was applied in one transaction (`fellBack`: it failed and is applied one by one). */
  sharedTransaction?(events: number, fellBack: boolean): void;
  retrying(topic: string, partition: number, stuck: boolean): void;
}

interface StuckPartition {
  topic: string;
  partition: number;
  since: string;
  attempts: number;
  error: string;
}

type Outcome = 'done' | 'aborted';

/**
 * How long a shared run waits for a lock before it gives way (rolls back and goes one event at a time): well under
 * PostgreSQL's deadlock_timeout (1 s), so in a lock cycle with a run the run is the one that yields.
 */
const SHARED_RUN_LOCK_TIMEOUT_MS = 100;

/**
 * Consumes the service's topics with one consumer group and applies each event through its handlers.
 *
 * - Idempotent: each handler's effect commits in one transaction with its inbox row (primary key = consumer +
 *   event id); a redelivered event is skipped. The Kafka offset is committed only after that transaction.
 * - Batched under load: when a partition has a backlog, a run of its events (in order, up to
 *   `maxEventsPerTransaction`) is applied in one transaction, so a backlog costs one commit per run instead of one
 *   per event. If the run fails for any reason it is rolled back whole and applied one event at a time, where the
 *   rules below apply to each event on its own. A run never waits long for a lock (it would hold its own, of several
 *   orders, meanwhile): after 100 ms it gives way the same way.
 * - Permanent failures (malformed, unknown type, invalid payload, broken contract, handler verdict) go to the
 *   dead-letter topic with the reason; the consumer moves on.
 * - Transient failures (database or broker down) are retried with backoff, forever: the partition waits and
 *   readiness fails until they recover. A valid event is never dead-lettered because of a blip.
 */
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  private consumer: Consumer | undefined;
  private readonly byType = new Map<string, RegisteredHandler[]>();
  private readonly intake = new Map<string, RegisteredIntakeHandler>();
  private readonly stuck = new Map<string, StuckPartition>();
  private crashed: string | undefined;
  private running = false;
  /** False until the group is joined and partitions are assigned (a restart may wait out a dead member). */
  private joined = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly faults: FaultInjector,
    private readonly options: EventConsumerOptions,
    private readonly observer?: EventConsumerObserver,
  ) {}

  /** Whether any handler is registered (a service without handlers runs no consumer). */
  hasHandlers(): boolean {
    return this.byType.size > 0 || this.intake.size > 0;
  }

  /** The topics of the registered handlers' events, and the intake topics handled. */
  topics(): string[] {
    return [...this.options.topicsOf([...this.byType.keys()]), ...this.intake.keys()];
  }

  /** Registers the handlers; call before start(). */
  register(handlers: RegisteredHandler[], intakeHandlers: RegisteredIntakeHandler[] = []): void {
    for (const h of handlers) this.byType.set(h.type, [...(this.byType.get(h.type) ?? []), h]);
    for (const h of intakeHandlers) {
      if (this.intake.has(h.topic)) throw new Error(`two intake handlers for ${h.topic}`);
      this.intake.set(h.topic, h);
    }
  }

  async start(): Promise<void> {
    const topics = this.topics();
    if (this.running || topics.length === 0) return;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      // A member that died without leaving holds its partitions this long; handlers heartbeat while retrying.
      sessionTimeout: 10_000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 100,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    consumer.on(consumer.events.CRASH, (e) => {
      this.crashed = e.payload.error?.message ?? 'consumer crashed';
      this.logger.error(`consumer ${this.options.groupId} crashed: ${this.crashed} (restart: ${e.payload.restart})`);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.crashed = undefined;
      this.joined = true;
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.concurrency,
      eachBatchAutoResolve: false,
      autoCommit: true,
      autoCommitInterval: 1000,
      eachBatch: (payload) => this.onBatch(payload),
    });
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
  }

  /** Readiness: false until the group is joined, while a partition is stuck on a transient failure, or after a crash. */
  health(): { ok: boolean; joined: boolean; crashed?: string; stuck: StuckPartition[] } {
    const stuck = [...this.stuck.values()];
    return { ok: this.joined && !this.crashed && stuck.length === 0, joined: this.joined, ...(this.crashed ? { crashed: this.crashed } : {}), stuck };
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const messages = batch.messages;
    const done = async (message: KafkaMessage): Promise<void> => {
      resolveOffset(message.offset);
      this.observer?.lag(batch.topic, batch.partition, Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(message.offset) - 1n)));
      await commitOffsetsIfNecessary();
      await heartbeat();
    };
    for (let i = 0; i < messages.length; ) {
      if (!isRunning() || isStale()) break;
      const run = this.intake.has(batch.topic) ? [] : messages.slice(i, i + this.options.maxEventsPerTransaction);
      if (run.length > 1 && (await this.applyTogether(batch.topic, batch.partition, run))) {
        for (const message of run) await done(message);
        i += run.length;
        continue;
      }
      // One event at a time: a single event waiting, an intake topic, or the fallback for a run that failed.
      const end = Math.max(i + 1, i + run.length);
      for (; i < end; i++) {
        if (!isRunning() || isStale()) return void (await commitOffsetsIfNecessary());
        const outcome = await this.processWithRetry(batch.topic, batch.partition, messages[i], payload);
        if (outcome === 'aborted') return void (await commitOffsetsIfNecessary());
        await done(messages[i]);
      }
    }
    await commitOffsetsIfNecessary();
  }

  /**
   * Applies a run of one partition's events, in order, in one transaction (each handler still once per event, by
   * its inbox row). False, with nothing applied, when any message would not decode or anything fails: the caller
   * then takes the run one event at a time, which dead-letters or retries as it must.
   */
  private async applyTogether(topic: string, partition: number, run: KafkaMessage[]): Promise<boolean> {
    const decoded: Array<{ message: KafkaMessage; event: AnyEvent }> = [];
    for (const message of run) {
      const d = decodeEvent(topic, message, (type) => this.byType.has(type));
      if (d.ok === false) return false;
      if (d.ok === true) decoded.push({ message, event: d.event });
    }
    if (decoded.length === 0) return true;
    const started = Date.now();
    try {
      const outcomes = await this.dataSource.transaction(async (manager) => {
        // A run holds its locks longer than one event would, across several orders: it gives way at once rather than
        // wait, so another transaction (an API request, the next run) never deadlocks with it or waits on it for long.
        await manager.query(`SET LOCAL lock_timeout = '${SHARED_RUN_LOCK_TIMEOUT_MS}ms'`);
        const applied: Array<[string, boolean]> = [];
        for (const { message, event } of decoded) {
          for (const h of this.byType.get(event.type) ?? []) applied.push([event.type, await this.applyInTransaction(manager, h, event, topic, partition, message)]);
        }
        return applied;
      });
      const ms = (Date.now() - started) / decoded.length;
      for (const [type, applied] of outcomes) {
        if (applied) this.observer?.processed(type, ms);
        else this.observer?.duplicate(type);
      }
      this.observer?.sharedTransaction?.(decoded.length, false);
      this.faults.hit('consumer.after-commit');
      return true;
    } catch (error) {
      this.observer?.sharedTransaction?.(decoded.length, true);
      this.logger.debug(`${topic}[${partition}] run of ${decoded.length} rolled back, applying one by one: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /** Records the event in the handler's inbox and, when it is new there, applies it; false for a duplicate. */
  private async applyInTransaction(manager: EntityManager, h: RegisteredHandler, event: AnyEvent, topic: string, partition: number, message: KafkaMessage): Promise<boolean> {
    const inserted = (await manager.query(
      `INSERT INTO "${this.options.schema}"."inbox" (consumer, event_id, type, topic, partition, "offset")
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
      [h.name, event.id, event.type, topic, partition, message.offset],
    )) as unknown[];
    if (inserted.length === 0) return false;
    await this.options.withTrace({ correlationId: event.correlationId, causationId: event.id }, () =>
      h.handler.handle(event as never, { manager, topic, partition, offset: message.offset }),
    );
    return true;
  }

  private async processWithRetry(topic: string, partition: number, message: KafkaMessage, batch: EachBatchPayload): Promise<Outcome> {
    const key = `${topic}:${partition}`;
    let attempt = 0;
    for (;;) {
      try {
        await this.processOnce(topic, partition, message);
        if (this.stuck.delete(key)) {
          this.logger.log(`${key} recovered after ${attempt} retries`);
          this.observer?.retrying(topic, partition, false);
        }
        return 'done';
      } catch (error) {
        attempt++;
        const kind = classifyFailure(error);
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (kind === 'permanent' || (kind === 'unknown' && attempt >= this.options.maxUnknownAttempts && (await this.databaseAnswers()))) {
          const reason = kind === 'permanent' ? ((error instanceof PermanentEventError ? error.reason : undefined) ?? 'HANDLER_REJECTED') : 'HANDLER_FAILED';
          const done = await this.tryDeadLetter(topic, partition, message, reason, detail);
          if (done) {
            this.stuck.delete(key);
            return 'done';
          }
        }
        this.stuck.set(key, { topic, partition, since: this.stuck.get(key)?.since ?? new Date().toISOString(), attempts: attempt, error: detail.slice(0, 300) });
        this.observer?.retrying(topic, partition, true);
        if (attempt === 1 || attempt % 10 === 0) this.logger.warn(`${key}@${message.offset} ${kind} failure (attempt ${attempt}), retrying: ${detail.slice(0, 300)}`);
        const waited = await this.backoff(attempt, batch);
        if (!waited) return 'aborted';
      }
    }
  }

  private async processOnce(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const intake = this.intake.get(topic);
    if (intake) return this.processIntake(intake, partition, message);
    const decoded = decodeEvent(topic, message, (type) => this.byType.has(type));
    if (decoded.ok === 'skip') return;
    if (decoded.ok === false) {
      await this.deadLetters.publish({ topic, partition, message, eventId: decoded.eventId, eventType: decoded.eventType }, decoded.reason, decoded.detail);
      return;
    }
    const event = decoded.event;
    for (const h of this.byType.get(event.type) ?? []) {
      const started = Date.now();
      const applied = await this.dataSource.transaction((manager) => this.applyInTransaction(manager, h, event, topic, partition, message));
      if (applied) this.observer?.processed(event.type, Date.now() - started);
      else this.observer?.duplicate(event.type);
    }
    this.faults.hit('consumer.after-commit');
  }

  /**
   * An intake message: validated like the HTTP body; the handler checks the partner's signature over the record
   * (`ctx.record`); idempotency is the use case's business key.
   */
  private async processIntake(h: RegisteredIntakeHandler, partition: number, message: KafkaMessage): Promise<void> {
    const decoded = decodeIntake(h.topic, message);
    if (!decoded.ok) {
      await this.deadLetters.publish({ topic: h.topic, partition, message }, decoded.reason, decoded.detail);
      return;
    }
    const started = Date.now();
    // A partner may pass its own correlation id; otherwise the message starts a new trace.
    const header = message.headers?.[EVENT_HEADERS.correlationId]?.toString();
    const correlationId = header && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
    await this.options.withTrace({ correlationId, causationId: null }, () => h.handler.handle(decoded.message as never, { partnerId: decoded.partnerId, topic: h.topic, partition, offset: message.offset, record: intakeRecordOf(message) }));
    this.observer?.processed(h.topic, Date.now() - started);
  }

  private async tryDeadLetter(topic: string, partition: number, message: KafkaMessage, reason: ConsumerDeadLetterReason, detail: string): Promise<boolean> {
    try {
      let eventId: string | undefined;
      let eventType: string | undefined;
      try {
        const parsed = JSON.parse(message.value?.toString('utf8') ?? '') as { id?: string; type?: string };
        eventId = parsed.id;
        eventType = parsed.type;
      } catch {
        // Already decoded once; the ids are only informative.
      }
      await this.deadLetters.publish({ topic, partition, message, eventId, eventType }, reason, detail);
      return true;
    } catch (e) {
      this.logger.warn(`could not dead-letter ${topic}[${partition}]@${message.offset} yet: ${e instanceof Error ? e.message : e}`);
      return false;
    }
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** Waits before the next attempt, heartbeating; false when the consumer is stopping or lost the partition. */
  private async backoff(attempt: number, batch: EachBatchPayload): Promise<boolean> {
    const delay = Math.min(this.options.maxBackoffMs, 100 * 2 ** Math.min(attempt - 1, 10));
    const until = Date.now() + delay;
    while (Date.now() < until) {
      if (!this.running || !batch.isRunning() || batch.isStale()) return false;
      await new Promise((r) => setTimeout(r, Math.min(500, until - Date.now())));
      try {
        await batch.heartbeat();
      } catch {
        return false; // rebalancing: the partition may move; the uncommitted message is redelivered.
      }
    }
    return this.running && batch.isRunning() && !batch.isStale();
  }
}
