import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry, type Producer, type SASLOptions } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';

/** The Kafka connection of one service. */
export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  /** TLS: `true` for the system's CAs, or the options with the brokers' CA. Plaintext when absent. */
  ssl?: true | ConnectionOptions;
  /** SASL credentials (Strimzi's KafkaUser: `scram-sha-512`). None when absent. */
  sasl?: SASLOptions;
}

const levels: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** Creates a KafkaJS client whose own logs go through Nest's logger (never payloads). */
export function createKafka(options: KafkaClientOptions): Kafka {
  const logger = new Logger('kafkajs');
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...(options.ssl ? { ssl: options.ssl } : {}),
    ...(options.sasl ? { sasl: options.sasl } : {}),
    connectionTimeout: 3000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 100, retries: 8, maxRetryTime: 5000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ namespace, level, log }: LogEntry) => {
        const { message, ...extra } = log;
        // The idempotent producer's retries are bounded on purpose (the relay retries around it, so a broker
        // outage surfaces in readiness); a re-send after an exhausted retry is absorbed by consumers' inboxes.
        if (message.startsWith('Limiting retries for the idempotent producer')) return;
        const method = levels[level] ?? 'log';
        logger[method](`${namespace}: ${message} ${JSON.stringify(extra)}`);
      },
  });
}

/**
 * The service's producer: idempotent, one request in flight, acks from all in-sync replicas. Together these
 * keep every key's events in order even when a send is retried.
 */
export function createProducer(kafka: Kafka): Producer {
  return kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
}

/**
 * The dead-letter producer: not idempotent, so the consumer's partitions may send concurrently (KafkaJS's
 * idempotent producer is fragile under concurrent sends: tulios/kafkajs#1005, #598). Dead letters are recorded
 * idempotently in the service's table, so a duplicate on the topic is harmless.
 */
export function createDeadLetterProducer(kafka: Kafka): Producer {
  return kafka.producer({ allowAutoTopicCreation: false });
}
