/**
 * skipConsumerBacklog against the real broker: a service's group, behind on several topics, is committed at their
 * ends and left empty, so the service's own consumer joins at once and reads only what comes next.
 */
import { randomUUID } from 'node:crypto';
import { consumerGroupOf, createKafka } from '@trustcircle/messaging';
import { skipConsumerBacklog } from './consumer-backlog';

const brokers = String(process.env.KAFKA_BROKERS).split(',');
const kafka = createKafka({ clientId: 'consumer-backlog-test', brokers });
// Topics of this test's own: the service's real topics would carry these messages on to the suites after it.
const topics = [`test.backlog-a-${randomUUID()}`, `test.backlog-b-${randomUUID()}`];

it('commits the group at the end of every topic and leaves it empty', async () => {
  const setup = kafka.admin();
  await setup.connect();
  await setup.createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })) }).finally(() => setup.disconnect());
  const producer = kafka.producer();
  await producer.connect();
  try {
    // A backlog on every partition of both topics.
    for (const topic of topics) await producer.send({ topic, messages: Array.from({ length: 12 }, () => ({ key: randomUUID(), value: 'not for this test' })) });
  } finally {
    await producer.disconnect();
  }

  await skipConsumerBacklog('console', topics, brokers);

  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId: consumerGroupOf('console'), topics });
    for (const { topic, partitions } of committed) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
      expect(partitions.map((p) => [p.partition, p.offset])).toEqual(partitions.map((p) => [p.partition, ends.get(p.partition)]));
    }
    const { groups } = await admin.describeGroups([consumerGroupOf('console')]);
    expect(groups[0].state).toBe('Empty');
  } finally {
    await admin.disconnect();
  }
});
