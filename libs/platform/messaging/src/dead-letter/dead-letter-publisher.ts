import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DEAD_LETTER_HEADERS, type DeadLetterReason } from '@trustcircle/contracts';
import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';

/** Where a failed message came from. */
export interface FailedMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
  /** Parsed envelope fields, when parsing got that far. */
  eventId?: string;
  eventType?: string;
}

/** Reasons a consumer gives beside the contract ones. */
export type ConsumerDeadLetterReason = DeadLetterReason | 'HANDLER_REJECTED' | 'HANDLER_FAILED';

/** Observer hook for metrics. */
export type DeadLetterObserver = (reason: ConsumerDeadLetterReason, topic: string) => void;

/**
 * Sends a message that can never be processed to the service's dead-letter topic, with the reason and the
 * original headers, and records it in the service's `dead_letters` table. The consumer then moves on.
 * The record is idempotent per (group, topic, partition, offset, message timestamp), so a retry after a crash
 * adds no second row (the topic may receive the dead letter twice; its consumers read the table's identity).
 */
export class DeadLetterPublisher {
  private readonly logger = new Logger(DeadLetterPublisher.name);

  constructor(
    private readonly producer: Producer,
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly consumerGroup: string,
    private readonly deadLetterTopic: string,
    private readonly observer?: DeadLetterObserver,
  ) {}

  async publish(failed: FailedMessage, reason: ConsumerDeadLetterReason, detail: string): Promise<void> {
    const { message, topic, partition } = failed;
    const safeDetail = detail.slice(0, 2000);
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      [DEAD_LETTER_HEADERS.reason]: reason,
      [DEAD_LETTER_HEADERS.detail]: safeDetail,
      [DEAD_LETTER_HEADERS.originalTopic]: topic,
      [DEAD_LETTER_HEADERS.originalPartition]: String(partition),
      [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
      [DEAD_LETTER_HEADERS.consumerGroup]: this.consumerGroup,
      [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
    };
    await this.producer.send({
      topic: this.deadLetterTopic,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    await this.dataSource.query(
      `INSERT INTO "${this.schema}"."dead_letters"
        (id, consumer_group, topic, partition, "offset", message_timestamp, key, event_id, event_type, reason, detail, dead_letter_topic)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
       ON CONFLICT (consumer_group, topic, partition, "offset", message_timestamp) DO NOTHING`,
      [
        randomUUID(),
        this.consumerGroup,
        topic,
        partition,
        message.offset,
        new Date(Number(message.timestamp)),
        message.key?.toString() ?? null,
        failed.eventId ?? null,
        failed.eventType ?? null,
        reason,
        safeDetail,
        this.deadLetterTopic,
      ],
    );
    this.observer?.(reason, topic);
    // Never the payload: it may hold personal data.
    this.logger.warn(`dead-lettered ${topic}[${partition}]@${message.offset} (${failed.eventType ?? 'unparsed'}): ${reason}: ${safeDetail.slice(0, 200)}`);
  }
}
