import type { ServiceName } from '@trustcircle/contracts';
import { consumerGroupOf, createKafka } from '@trustcircle/messaging';

/**
 * Commits a service's consumer group at the current end of `topics`, before a test boots the service: what earlier
 * suites left on the shared test broker (thousands of events after the escrow 1K run) is not the test's own, and
 * working through it first would only delay the events under test. The group must have no running member.
 *
 * One short-lived member joins the group for every topic at once, commits the ends with explicit offsets and leaves
 * (a second or two). Not kafkajs' `admin.setOffsets`: it joins once per topic and waits for a fetch each time (about
 * 25 s for notifications' topics), and its `resetOffsets` to the latest commits -1, which a consumer reading from the
 * beginning takes as "no offset".
 */
export async function skipConsumerBacklog(service: ServiceName, topics: readonly string[], brokers = (process.env.KAFKA_BROKERS ?? '').split(',')): Promise<void> {
  const kafka = createKafka({ clientId: `skip-backlog-${service}`, brokers });
  const admin = kafka.admin();
  await admin.connect();
  const unique = [...new Set(topics)];
  let ends: Array<{ topic: string; partition: number; offset: string }>;
  try {
    ends = (await Promise.all(unique.map(async (topic) => (await admin.fetchTopicOffsets(topic)).map((p) => ({ topic, partition: p.partition, offset: p.high }))))).flat();
  } finally {
    await admin.disconnect();
  }
  const consumer = kafka.consumer({ groupId: consumerGroupOf(service), allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.subscribe({ topics: unique, fromBeginning: true });
    // Nothing is consumed: every topic is paused as soon as the member has its partitions, and nothing is committed
    // but the ends below.
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    await joined;
    consumer.pause(unique.map((topic) => ({ topic })));
    await consumer.commitOffsets(ends);
  } finally {
    await consumer.disconnect();
  }
}
