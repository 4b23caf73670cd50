import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { kafkaHeadersOf, REPLAYED_FROM_HEADER } from '../../domain/dead-letter-message';
import { deadLetterProblems } from '../../domain/dead-letter-problems';
import { replayTargetOf } from '../../domain/replay-target';
import { PlatformDeadLetterRecord } from '../../infrastructure/platform-dead-letter.orm-entity';
import { type ReplayedAt, ReplayProducer } from '../../infrastructure/replay-producer';
import { type DeadLetterSummary, deadLetterSummary } from '../dead-letter-views';

/** What a replay answers: the dead letter, now replayed, and where the message landed. */
export interface ReplayResult {
  deadLetter: DeadLetterSummary;
  replayedTo: ReplayedAt;
}

/**
 * Puts a dead letter's message back on its original topic and partition: the original key, value and headers,
 * plus `tc-replayed-from: <dead letter id>`, acknowledged by all in-sync replicas; then marks it replayed (when,
 * by whom, how often, where it landed). Every group on that topic receives it again: consumers skip what their
 * inbox already holds (by event id; intake messages by their business key), so only the group that failed applies
 * it. A replayed message that fails again comes back as a new dead letter.
 *
 * The row stays locked while the message is produced, so two replays of one dead letter never both produce. If
 * the produce fails, nothing is marked; if marking fails after the produce, a retry produces it again, which the
 * consumers' idempotency absorbs.
 */
@Injectable()
export class ReplayDeadLetterUseCase {
  private readonly logger = new Logger('DeadLetters');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly producer: ReplayProducer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * @throws 404 problem `dead-letter-not-found`
   * @throws 409 problem `dead-letter-already-replayed`, or `dead-letter-not-replayable` (no or no known original topic)
   * @throws 503 problem `dead-letter-replay-failed` when Kafka does not take the message (nothing marked)
   */
  async execute(id: string, operatorId: string): Promise<ReplayResult> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(PlatformDeadLetterRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw deadLetterProblems.notFound(id);
      if (row.replayedAt) throw deadLetterProblems.alreadyReplayed(id, row.replayedAt);
      const target = replayTargetOf(row.originalTopic, row.originalPartition);
      if ('refused' in target) throw deadLetterProblems.notReplayable(id, target.refused);
      const headers = kafkaHeadersOf(row.headers.filter((h) => h.name !== REPLAYED_FROM_HEADER));
      const landed = await this.producer.send({ ...target, key: row.key, value: row.value, headers: { ...headers, [REPLAYED_FROM_HEADER]: row.id } }).catch((e: unknown) => {
        this.logger.error(`replay of dead letter ${id} onto ${target.topic}[${target.partition}] not produced: ${e instanceof Error ? e.message : String(e)}`);
        throw deadLetterProblems.notProduced(id);
      });
      row.replayedAt = this.clock.now();
      row.replayedBy = operatorId;
      row.replayCount += 1;
      row.replayedPartition = landed.partition;
      row.replayedOffset = landed.offset;
      await manager.update(
        PlatformDeadLetterRecord,
        { id },
        { replayedAt: row.replayedAt, replayedBy: operatorId, replayCount: row.replayCount, replayedPartition: landed.partition, replayedOffset: landed.offset },
      );
      return { deadLetter: deadLetterSummary(row), replayedTo: landed };
    });
  }
}
