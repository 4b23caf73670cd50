import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { classifyFailure, KAFKA } from '@trustcircle/messaging';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { RecordDeadLetterUseCase } from '../application/record-dead-letter/record-dead-letter.use-case';
import { DEAD_LETTER_DESK_GROUP, deadLetterTopics } from '../domain/dead-letter-topics';

/** Attempts for an unfamiliar error before a dead letter is skipped (it stays on its topic and in its service's table). */
const MAX_UNKNOWN_ATTEMPTS = 5;
const MAX_BACKOFF_MS = 5000;

/**
 * Reads every service's dead-letter topic (`deadletter.<service>.v1`) in the console's own group
 * `tc.console.dead-letters`, from the beginning of what they hold, and records each dead letter. Dead letters are
 * raw messages, not event envelopes: they are read as bytes, never decoded as events. The offset is committed
 * only after the row is written (recording is idempotent, so a redelivery adds nothing). A database outage is
 * waited out, the partition paused on that message; a dead letter that can never be written is logged and
 * skipped. Starts in the background once the app has booted (joining the group never holds the boot), and leaves
 * the group on shutdown.
 */
@Injectable()
export class DeadLetterTopicsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeadLetters');
  private consumer: Consumer | undefined;
  private starting: Promise<void> | undefined;
  private running = false;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly record: RecordDeadLetterUseCase,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.starting = this.start().then(
      () => this.logger.log(`consuming ${deadLetterTopics().join(', ')} as ${DEAD_LETTER_DESK_GROUP}`),
      (e: unknown) => this.logger.error(`dead-letter consumer failed to start: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.starting;
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
  }

  private async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: DEAD_LETTER_DESK_GROUP,
      allowAutoTopicCreation: false,
      sessionTimeout: 10_000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 250,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    consumer.on(consumer.events.CRASH, (e) => this.logger.error(`consumer ${DEAD_LETTER_DESK_GROUP} crashed: ${e.payload.error?.message ?? 'unknown'} (restart: ${e.payload.restart})`));
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: deadLetterTopics(), fromBeginning: true });
    await consumer.run({ eachBatchAutoResolve: false, autoCommit: true, autoCommitInterval: 1000, eachBatch: (payload) => this.onBatch(payload) });
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    for (const message of batch.messages) {
      if (!this.running || !isRunning() || isStale()) break;
      if (!(await this.recordWithRetry(batch.topic, batch.partition, message, payload))) break;
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
    await commitOffsetsIfNecessary();
  }

  /** True once recorded (or skipped for good); false when the consumer stops or loses the partition meanwhile. */
  private async recordWithRetry(topic: string, partition: number, message: KafkaMessage, batch: EachBatchPayload): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.record.execute({ topic, partition, offset: message.offset, timestamp: message.timestamp, key: message.key, value: message.value, headers: message.headers });
        return true;
      } catch (error) {
        const kind = classifyFailure(error);
        const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
        if (kind === 'permanent' || (kind === 'unknown' && attempt >= MAX_UNKNOWN_ATTEMPTS)) {
          this.logger.error(`dead letter ${topic}[${partition}]@${message.offset} cannot be recorded, skipped (${kind}): ${detail}`);
          return true;
        }
        if (attempt === 1 || attempt % 10 === 0) this.logger.warn(`dead letter ${topic}[${partition}]@${message.offset}: ${kind} failure (attempt ${attempt}), retrying: ${detail}`);
        if (!(await this.backoff(attempt, batch))) return false;
      }
    }
  }

  /** Waits before the next attempt, heartbeating; false when the consumer is stopping or lost the partition. */
  private async backoff(attempt: number, batch: EachBatchPayload): Promise<boolean> {
    const until = Date.now() + Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(attempt - 1, 10));
    while (Date.now() < until) {
      if (!this.running || !batch.isRunning() || batch.isStale()) return false;
      await new Promise((r) => setTimeout(r, Math.min(500, until - Date.now())));
      try {
        await batch.heartbeat();
      } catch {
        return false;
      }
    }
    return this.running && batch.isRunning() && !batch.isStale();
  }
}
