import { Inject, Injectable } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SERVICES } from '@trustcircle/contracts';
import { Metrics } from '@trustcircle/observability';
import type { Counter, Gauge, Histogram } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { EventConsumerObserver } from '../consumer/event-consumer';
import type { DeadLetterObserver } from '../dead-letter/dead-letter-publisher';
import type { OutboxRelayObserver } from '../outbox/outbox-relay';
import type { MessagingModuleOptions } from './messaging-options';
import { MESSAGING_OPTIONS } from './messaging.tokens';

/**
 * Messaging metrics, registered in the service's registry. Labels are topics, partitions, event types and
 * reasons: never ids of orders or shipments.
 */
@Injectable()
export class MessagingMetrics {
  private readonly published: Counter<string>;
  private readonly lag: Gauge<string>;
  private readonly events: Counter<string>;
  private readonly handleSeconds: Histogram<string>;
  private readonly stuck: Gauge<string>;
  private readonly deadLetters: Counter<string>;
  private readonly runSize: Histogram<string>;

  constructor(metrics: Metrics, @Inject(getDataSourceToken()) dataSource: DataSource, @Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions) {
    const schema = SERVICES[options.service].schema;
    metrics.gauge({
      name: 'tc_outbox_backlog',
      help: 'Outbox events committed but not yet published to Kafka.',
      async collect() {
        const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}"."outbox" WHERE published_at IS NULL`)) as Array<{ n: number }>;
        this.set(row.n);
      },
    });
    metrics.gauge({
      name: 'tc_outbox_oldest_unpublished_seconds',
      help: 'Age of the oldest unpublished outbox event (0 when none).',
      async collect() {
        const [row] = (await dataSource.query(
          `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS s FROM "${schema}"."outbox" WHERE published_at IS NULL`,
        )) as Array<{ s: number }>;
        this.set(row.s);
      },
    });
    this.published = metrics.counter({ name: 'tc_outbox_published_total', help: 'Outbox events published to Kafka.' });
    this.lag = metrics.gauge({ name: 'tc_consumer_lag', help: 'Messages behind the partition end, after the last processed one.', labelNames: ['topic', 'partition'] });
    this.events = metrics.counter({ name: 'tc_consumer_events_total', help: 'Events consumed, by type and result.', labelNames: ['type', 'result'] });
    this.handleSeconds = metrics.histogram({
      name: 'tc_consumer_handle_seconds',
      help: 'Time to apply one event (transaction included).',
      labelNames: ['type'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    });
    this.stuck = metrics.gauge({ name: 'tc_consumer_stuck_partitions', help: 'Partitions waiting out a transient failure.', labelNames: ['topic', 'partition'] });
    this.runSize = metrics.histogram({
      name: 'tc_consumer_transaction_events',
      help: 'Events applied per shared consumer transaction (runs of a backlog); result="rolled_back" when the run failed and was applied one by one.',
      labelNames: ['result'],
      buckets: [2, 4, 8, 16, 32, 64, 128],
    });
    this.deadLetters = metrics.counter({ name: 'tc_dead_letters_total', help: 'Messages dead-lettered, by reason and source topic.', labelNames: ['reason', 'topic'] });
  }

  relayObserver(): OutboxRelayObserver {
    return { published: (count) => count > 0 && this.published.inc(count) };
  }

  deadLetterObserver(): DeadLetterObserver {
    return (reason, topic) => this.deadLetters.inc({ reason, topic });
  }

  consumerObserver(): EventConsumerObserver {
    return {
      lag: (topic, partition, lag) => this.lag.set({ topic, partition: String(partition) }, lag),
      duplicate: (type) => this.events.inc({ type, result: 'duplicate' }),
      processed: (type, ms) => {
        this.events.inc({ type, result: 'applied' });
        this.handleSeconds.observe({ type }, ms / 1000);
      },
      sharedTransaction: (events, fellBack) => this.runSize.observe({ result: fellBack ? 'rolled_back' : 'committed' }, events),
      retrying: (topic, partition, stuck) => this.stuck.set({ topic, partition: String(partition) }, stuck ? 1 : 0),
    };
  }
}
