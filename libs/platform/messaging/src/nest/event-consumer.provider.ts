import type { FactoryProvider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_CATALOGUE, SERVICES, type EventType } from '@trustcircle/contracts';
import { ServiceEnv } from '@trustcircle/config';
import { CorrelationContext } from '@trustcircle/observability';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { EventConsumer } from '../consumer/event-consumer';
import { DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import { FaultInjector } from '../faults/fault-injector';
import { consumerGroupOf } from './consumer-group';
import { MessagingMetrics } from './messaging-metrics';
import type { MessagingModuleOptions } from './messaging-options';
import { KAFKA, MESSAGING_OPTIONS } from './messaging.tokens';

/** Builds the service's consumer; its handlers are registered at bootstrap, once every provider exists. */
export const eventConsumerProvider: FactoryProvider<EventConsumer> = {
  provide: EventConsumer,
  inject: [KAFKA, getDataSourceToken(), DeadLetterPublisher, FaultInjector, MessagingMetrics, ServiceEnv, MESSAGING_OPTIONS],
  useFactory: (
    kafka: Kafka,
    dataSource: DataSource,
    deadLetters: DeadLetterPublisher,
    faults: FaultInjector,
    metrics: MessagingMetrics,
    env: ServiceEnv,
    options: MessagingModuleOptions,
  ) =>
    new EventConsumer(
      kafka,
      dataSource,
      deadLetters,
      faults,
      {
        groupId: consumerGroupOf(options.service),
        schema: SERVICES[options.service].schema,
        topicsOf: (types) => [...new Set(types.map((t) => EVENT_CATALOGUE[t as EventType].topic))],
        concurrency: env.CONSUMER_CONCURRENCY,
        maxEventsPerTransaction: env.CONSUMER_MAX_EVENTS_PER_TRANSACTION,
        maxUnknownAttempts: 5,
        maxBackoffMs: 5000,
        withTrace: (ids, fn) => CorrelationContext.run(ids, fn),
      },
      metrics.consumerObserver(),
    ),
};
