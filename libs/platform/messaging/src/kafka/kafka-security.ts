import { readFileSync } from 'node:fs';
import type { ServiceEnv } from '@trustcircle/config';
import type { KafkaClientOptions } from './kafka-client';

/** The Kafka settings of {@link ServiceEnv} that say how to reach and log in to the brokers. */
export type KafkaSecurityEnv = Pick<ServiceEnv, 'KAFKA_SSL' | 'KAFKA_SSL_CA_FILE' | 'KAFKA_SASL_MECHANISM' | 'KAFKA_SASL_USERNAME' | 'KAFKA_SASL_PASSWORD'>;

/**
 * TLS and SASL for the service's Kafka client, from its config: plaintext and anonymous on the local broker;
 * TLS with the cluster's CA and SCRAM as the service's own KafkaUser on Strimzi (deploy/k8s). The CA file is
 * read once, here, so a wrong path fails the boot rather than the first connection.
 * @throws Error naming the variable when KAFKA_SSL_CA_FILE cannot be read
 */
export function kafkaSecurityOf(env: KafkaSecurityEnv, readFile: (path: string) => Buffer = readFileSync): Pick<KafkaClientOptions, 'ssl' | 'sasl'> {
  const security: Pick<KafkaClientOptions, 'ssl' | 'sasl'> = {};
  if (env.KAFKA_SSL_CA_FILE) {
    let ca: Buffer;
    try {
      ca = readFile(env.KAFKA_SSL_CA_FILE);
    } catch (e) {
      throw new Error(`KAFKA_SSL_CA_FILE (${env.KAFKA_SSL_CA_FILE}) cannot be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    security.ssl = { ca: [ca] };
  } else if (env.KAFKA_SSL) {
    security.ssl = true;
  }
  if (env.KAFKA_SASL_MECHANISM) {
    if (!env.KAFKA_SASL_USERNAME || !env.KAFKA_SASL_PASSWORD) throw new Error('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    security.sasl = { mechanism: env.KAFKA_SASL_MECHANISM, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD } as KafkaClientOptions['sasl'];
  }
  return security;
}
