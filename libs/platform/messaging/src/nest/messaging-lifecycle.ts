import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_CATALOGUE, SERVICES } from '@trustcircle/contracts';
import { ServiceEnv } from '@trustcircle/config';
import { CorrelationContext } from '@trustcircle/observability';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import { EventConsumer } from '../consumer/event-consumer';
import { FaultInjector } from '../faults/fault-injector';
import { OutboxRelay } from '../outbox/outbox-relay';
import { consumerGroupOf } from './consumer-group';
import { HandlerDiscovery } from './handler-discovery';
import { MessagingMetrics } from './messaging-metrics';
import { KafkaReadinessCheck } from './messaging-readiness';
import type { MessagingModuleOptions } from './messaging-options';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

/** Starts the producer, relay and consumer after the app boots, and stops them (consumer first) on shutdown. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingLifecycle.name);
  private consumer: EventConsumer | undefined;
  private starting: Promise<void> | undefined;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    private readonly env: ServiceEnv,
    private readonly relay: OutboxRelay,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly faults: FaultInjector,
    private readonly discovery: HandlerDiscovery,
    private readonly metrics: MessagingMetrics,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    if (this.options.relay !== false) this.relay.start();
    const handlers = this.options.consume === false ? [] : this.discovery.handlers();
    if (handlers.length === 0) return;
    const topics = [...new Set(handlers.map((h) => EVENT_CATALOGUE[h.type].topic))];
    this.consumer = new EventConsumer(
      this.kafka,
      this.dataSource,
      handlers,
      this.deadLetters,
      this.faults,
      {
        groupId: consumerGroupOf(this.options.service),
        schema: SERVICES[this.options.service].schema,
        topics,
        concurrency: this.env.CONSUMER_CONCURRENCY,
        maxUnknownAttempts: 5,
        maxBackoffMs: 5000,
        withTrace: (event, fn) => CorrelationContext.run({ correlationId: event.correlationId, causationId: event.id }, fn),
      },
      this.metrics.consumerObserver(),
    );
    // Joining the group may wait for a crashed predecessor's session to expire: never hold the app's boot (and
    // its outbox relay and HTTP) for that. Readiness reports the consumer as not ready until it has joined.
    const consumer = this.consumer;
    this.starting = consumer.start().then(
      () => this.logger.log(`consuming ${topics.join(', ')} as ${consumerGroupOf(this.options.service)} with ${handlers.length} handler(s)`),
      (e: unknown) => this.logger.error(`consumer failed to start: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.moduleRef.get(KafkaReadinessCheck, { strict: false }).close();
    await this.starting;
    await this.consumer?.stop();
    await this.relay.stop();
    await this.producer.disconnect().catch(() => undefined);
  }

  /** Readiness of the consumer (stuck partitions or a crash make it not ready). */
  consumerHealth(): ReturnType<EventConsumer['health']> | undefined {
    return this.consumer?.health();
  }
}
