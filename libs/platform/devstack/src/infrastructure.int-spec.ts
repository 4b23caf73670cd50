/**
 * Smoke test of the real infrastructure every service stands on: the local Kafka 4.x broker driven by
 * KafkaJS 2.2.4, PostgreSQL with one locked-down schema per service, and Redis.
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type EachMessagePayload } from 'kafkajs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { SERVICES, serviceDbRole } from '@trustcircle/contracts';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
const kafka = new Kafka({ clientId: 'smoke', brokers, logLevel: logLevel.NOTHING });

function collect(consumer: Consumer, topic: string, until: (seen: string[]) => boolean, timeoutMs = 20_000): Promise<string[]> {
  const seen: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out; saw ${JSON.stringify(seen)}`)), timeoutMs);
    void consumer.subscribe({ topic, fromBeginning: true }).then(() =>
      consumer.run({
        eachMessage: async ({ message }: EachMessagePayload) => {
          seen.push(message.value?.toString() ?? '');
          if (until(seen)) {
            clearTimeout(timer);
            resolve(seen);
          }
        },
      }),
    );
  });
}

describe('Kafka broker (KRaft, from Maven jars) with KafkaJS', () => {
  const topic = `smoke.${randomUUID()}`;
  const admin = kafka.admin();

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('produces idempotently with acks=all, keeps one key on one partition, and resumes a group after its committed offset', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const sent = await producer.send({
      topic,
      acks: -1,
      messages: ['a', 'b', 'c'].map((v) => ({ key: 'order-1', value: v })),
    });
    expect(new Set(sent.map((r) => r.partition)).size).toBe(1);

    const groupId = `smoke-${randomUUID()}`;
    const first = kafka.consumer({ groupId });
    await first.connect();
    expect(await collect(first, topic, (s) => s.length === 3)).toEqual(['a', 'b', 'c']);
    await first.disconnect();

    await producer.send({ topic, acks: -1, messages: [{ key: 'order-1', value: 'd' }] });
    await producer.disconnect();

    const second = kafka.consumer({ groupId });
    await second.connect();
    // Only the message after the committed offset is read again.
    expect(await collect(second, topic, (s) => s.includes('d'))).toEqual(['d']);
    await second.disconnect();
  });

  it('hides an aborted transaction from a read-committed consumer', async () => {
    const producer = kafka.producer({ transactionalId: `smoke-tx-${randomUUID()}`, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const aborted = await producer.transaction();
    await aborted.send({ topic, messages: [{ key: 'k', value: 'aborted' }] });
    await aborted.abort();
    const committed = await producer.transaction();
    await committed.send({ topic, messages: [{ key: 'k', value: 'committed' }] });
    await committed.commit();
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `smoke-${randomUUID()}`, readUncommitted: false });
    await consumer.connect();
    const seen = await collect(consumer, topic, (s) => s.includes('committed'));
    await consumer.disconnect();
    expect(seen).not.toContain('aborted');
  });
});

describe('PostgreSQL: one schema per service, readable only by its own role', () => {
  const base = { host: process.env.DB_HOST, port: Number(process.env.DB_PORT), database: process.env.DB_NAME, password: process.env.DB_PASSWORD };

  it('lets a service write its own schema and refuses it another service\'s', async () => {
    const orders = new Client({ ...base, user: serviceDbRole('orders') });
    const escrow = new Client({ ...base, user: serviceDbRole('escrow') });
    await orders.connect();
    await escrow.connect();
    try {
      const table = `smoke_${randomUUID().replace(/-/g, '')}`;
      expect((await orders.query('SHOW search_path')).rows[0].search_path).toBe(SERVICES.orders.schema);
      await orders.query(`CREATE TABLE ${table} (id int primary key)`);
      await orders.query(`INSERT INTO ${table} VALUES (1)`);
      await expect(escrow.query(`SELECT * FROM ${SERVICES.orders.schema}.${table}`)).rejects.toThrow(/permission denied/);
      await expect(escrow.query(`CREATE TABLE public.${table} (id int)`)).rejects.toThrow(/permission denied/);
      await orders.query(`DROP TABLE ${table}`);
    } finally {
      await orders.end();
      await escrow.end();
    }
  });
});

describe('Redis', () => {
  it('sets a key only once within its expiry', async () => {
    const redis = new Redis(process.env.REDIS_URL as string);
    const key = `smoke:${randomUUID()}`;
    try {
      expect(await redis.set(key, 'first', 'EX', 10, 'NX')).toBe('OK');
      expect(await redis.set(key, 'second', 'EX', 10, 'NX')).toBeNull();
      expect(await redis.get(key)).toBe('first');
      expect(await redis.ttl(key)).toBeGreaterThan(0);
    } finally {
      await redis.del(key);
      redis.disconnect();
    }
  });
});
