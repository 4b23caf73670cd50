import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { OutboxWriter } from '@trustcircle/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { clockHourOf, deadLetterGrowthAlert } from '../../domain/dead-letter-growth';
import { type DeadLetterIntake, parseDeadLetter, type RawDeadLetter } from '../../domain/dead-letter-message';

/**
 * Records a message read from a dead-letter topic in `console.platform_dead_letters`, once: a dead letter the
 * topic carries twice (its publisher retried) or the consumer reads twice (redelivery) adds no second row (see
 * the table's identities). Logs where it came from and why, never the key, value or headers (personal data).
 *
 * Dead-letter growth: in the same transaction, a NEW dead letter counts its service's dead letters recorded in
 * the current clock hour; when the count reaches 1, 10, 100 or 1000, `platform.operator-alert-raised`
 * (DEAD_LETTER_GROWTH, `deadLetterGrowthAlert`) goes to the outbox, its id derived from (service, hour,
 * threshold). A transaction lock per service serialises the recordings of one service, so each count is seen
 * once and each threshold raises one alert, whatever runs concurrently.
 */
@Injectable()
export class RecordDeadLetterUseCase {
  private readonly logger = new Logger('DeadLetters');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** True when the dead letter is new; false when it was known, or is on no service's dead-letter topic. */
  async execute(raw: RawDeadLetter): Promise<boolean> {
    const receivedAt = this.clock.now();
    const d = parseDeadLetter(raw, receivedAt);
    if (!d) return false;
    const recorded = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`console.dead-letter-growth:${d.service}`]);
      if (!(await this.insert(m, d, receivedAt))) return false;
      await this.raiseGrowthAlert(m, d, receivedAt);
      return true;
    });
    if (!recorded) return false;
    this.logger.log(
      `dead letter from ${d.service}: ${d.originalTopic ?? '?'}[${d.originalPartition ?? '?'}]@${d.originalOffset ?? '?'} (${d.eventType ?? 'unparsed'}) ${d.reason}, group ${d.consumerGroup ?? '?'}`,
    );
    return true;
  }

  /** Inserts the dead letter unless its identity is known; true when inserted. */
  private async insert(m: EntityManager, d: DeadLetterIntake, receivedAt: Date): Promise<boolean> {
    const inserted = (await m.query(
      `INSERT INTO "console"."platform_dead_letters"
         ("id", "service", "consumer_group", "original_topic", "original_partition", "original_offset", "key", "event_id", "event_type", "reason", "detail",
          "failed_at", "dead_letter_topic", "dead_letter_partition", "dead_letter_offset", "dead_letter_timestamp", "message_digest", "value", "headers", "received_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       ON CONFLICT DO NOTHING RETURNING "id"`,
      [
        randomUUID(),
        d.service,
        d.consumerGroup,
        d.originalTopic,
        d.originalPartition,
        d.originalOffset,
        d.key,
        d.eventId,
        d.eventType,
        d.reason,
        d.detail,
        d.failedAt,
        d.deadLetterTopic,
        d.deadLetterPartition,
        d.deadLetterOffset,
        d.deadLetterTimestamp,
        d.digest,
        d.value,
        JSON.stringify(d.headers),
        receivedAt,
      ],
    )) as unknown[];
    return inserted.length > 0;
  }

  /** Counts the service's dead letters this clock hour (the new one included) and raises the alert a threshold calls for. */
  private async raiseGrowthAlert(m: EntityManager, d: DeadLetterIntake, receivedAt: Date): Promise<void> {
    const hour = clockHourOf(receivedAt);
    const [{ n }] = (await m.query(
      `SELECT count(*)::int AS "n" FROM "console"."platform_dead_letters" WHERE "service" = $1 AND "received_at" >= $2 AND "received_at" < $3`,
      [d.service, hour, new Date(hour.getTime() + 3_600_000)],
    )) as Array<{ n: number }>;
    const alert = deadLetterGrowthAlert({ service: d.service, countThisHour: n, recordedAt: receivedAt, latest: { reason: d.reason, originalTopic: d.originalTopic } });
    if (alert) await this.outbox.record(m, 'platform.operator-alert-raised', alert, { occurredAt: receivedAt });
  }
}
