/**
 * The Kafka client's SASL settings against the real broker: the test broker has a second listener that requires
 * SASL (PLAIN; tools/test/global-setup.ts, TEST_INFRA.kafkaSasl). A service configured as in Kubernetes (its
 * KafkaUser's name and password; there SCRAM over TLS) produces and consumes through it, and a wrong password is
 * refused.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig, ServiceEnv } from '@trustcircle/config';
import { TEST_INFRA } from '@trustcircle/testing';
import type { Kafka } from 'kafkajs';
import { createKafka } from './kafka-client';
import { kafkaSecurityOf } from './kafka-security';

const [[user, password]] = Object.entries(TEST_INFRA.kafkaSasl.users);
const saslBrokers = `127.0.0.1:${TEST_INFRA.kafkaSasl.port}`;

/** The service's Kafka client, from its environment, as the messaging module builds it. */
function serviceKafka(env: Record<string, string>): Kafka {
  const config = loadConfig(ServiceEnv, { ...process.env, KAFKA_BROKERS: saslBrokers, ...env });
  return createKafka({ clientId: `sasl-test-${randomUUID().slice(0, 8)}`, brokers: config.KAFKA_BROKERS, ...kafkaSecurityOf(config) });
}

describe('Kafka with SASL (the real broker)', () => {
  const topic = `tc-sasl-test-${randomUUID()}`;
  const kafka = serviceKafka({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: user, KAFKA_SASL_PASSWORD: password });
  const admin = kafka.admin();

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('logs in with the service’s user and password, and produces and consumes through the SASL listener', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'order-1', value: 'over SASL' }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `sasl-test-${randomUUID()}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no message within 20 s')), 20_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(`${message.key?.toString()}=${message.value?.toString()}`);
          },
        });
      });
      expect(received).toBe('order-1=over SASL');
    } finally {
      await consumer.disconnect();
    }
  });

  it('is refused with a wrong password', async () => {
    const intruder = serviceKafka({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: user, KAFKA_SASL_PASSWORD: 'not-the-password' }).admin();
    await expect(intruder.connect()).rejects.toThrow(/SASL PLAIN authentication failed|Authentication failed/i);
    await intruder.disconnect();
  });
});
