import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SERVICES, deadLetterTopic, serviceDbRole } from '@trustcircle/contracts';
import { ServiceEnv } from '@trustcircle/config';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { CorrelationContext, provideReadinessCheck } from '@trustcircle/observability';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import { FaultInjector } from '../faults/fault-injector';
import { createDeadLetterProducer, createKafka, createProducer } from '../kafka/kafka-client';
import { kafkaSecurityOf } from '../kafka/kafka-security';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxWriter } from '../outbox/outbox-writer';
import { consumerGroupOf } from './consumer-group';
import { HandlerDiscovery } from './handler-discovery';
import { eventConsumerProvider } from './event-consumer.provider';
import { MessagingLifecycle } from './messaging-lifecycle';
import type { MessagingModuleOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';
import { KafkaReadinessCheck } from './messaging-readiness';
import { KAFKA, KAFKA_DEAD_LETTER_PRODUCER, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

/**
 * Everything a service needs to publish and consume events reliably: the outbox writer, the relay, the
 * idempotent consumer with dead letters, fault injection points for crash tests, health and metrics.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const schema = SERVICES[options.service].schema;
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: KAFKA, inject: [ServiceEnv], useFactory: (env: ServiceEnv) => createKafka({ clientId: `tc-${options.service}`, brokers: env.KAFKA_BROKERS, ...kafkaSecurityOf(env) }) },
        { provide: KAFKA_PRODUCER, inject: [KAFKA], useFactory: (kafka: Kafka) => createProducer(kafka) },
        { provide: KAFKA_DEAD_LETTER_PRODUCER, inject: [KAFKA], useFactory: (kafka: Kafka) => createDeadLetterProducer(kafka) },
        { provide: FaultInjector, inject: [ServiceEnv], useFactory: (env: ServiceEnv) => new FaultInjector(env.FAULT_POINTS) },
        {
          provide: OutboxWriter,
          inject: [CLOCK],
          useFactory: (clock: Clock) => new OutboxWriter(options.service, clock, () => CorrelationContext.current()),
        },
        MessagingMetrics,
        {
          provide: OutboxRelay,
          inject: [getDataSourceToken(), KAFKA_PRODUCER, ServiceEnv, FaultInjector, MessagingMetrics],
          useFactory: (ds: DataSource, producer: Producer, env: ServiceEnv, faults: FaultInjector, metrics: MessagingMetrics) =>
            new OutboxRelay(
              ds,
              producer,
              {
                schema,
                listenConnection: {
                  host: env.DB_HOST,
                  port: env.DB_PORT,
                  database: env.DB_NAME,
                  user: env.DB_USER ?? serviceDbRole(options.service),
                  password: env.DB_PASSWORD,
                  application_name: `trustcircle-${options.service}-relay`,
                },
                pollMs: env.OUTBOX_POLL_MS,
                batchSize: env.OUTBOX_BATCH_SIZE,
                retainPublishedMs: 3 * 24 * 3600 * 1000,
              },
              faults,
              metrics.relayObserver(),
            ),
        },
        {
          provide: DeadLetterPublisher,
          inject: [KAFKA_DEAD_LETTER_PRODUCER, getDataSourceToken(), MessagingMetrics],
          useFactory: (producer: Producer, ds: DataSource, metrics: MessagingMetrics) =>
            new DeadLetterPublisher(producer, ds, schema, consumerGroupOf(options.service), deadLetterTopic(options.service), metrics.deadLetterObserver()),
        },
        HandlerDiscovery,
        eventConsumerProvider,
        MessagingLifecycle,
        {
          provide: KafkaReadinessCheck,
          inject: [KAFKA, OutboxRelay, MessagingLifecycle],
          useFactory: (kafka: Kafka, relay: OutboxRelay, lifecycle: MessagingLifecycle) => new KafkaReadinessCheck(kafka, relay, lifecycle),
        },
        provideReadinessCheck({ useExisting: KafkaReadinessCheck }),
      ],
      exports: [OutboxWriter, OutboxRelay, KAFKA, KAFKA_PRODUCER, FaultInjector, MessagingLifecycle, MessagingMetrics],
    };
  }
}
