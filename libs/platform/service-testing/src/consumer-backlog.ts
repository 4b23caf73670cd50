import type { ServiceName } from '@trustcircle/contracts';
import { consumerGroupOf, createKafka } from '@trustcircle/messaging';

/**
 * Commits a service's consumer group at the current end of `topics`, before a test boots the service: what earlier
 * suites left on the shared test broker (thousands of events after the escrow 1K run) is not the test's own, and
 * working through it first would only delay the events under test. Explicit offsets: kafkajs' `resetOffsets` to the
 * latest commits -1, which a consumer reading from the beginning takes as "no offset". The group must have no
 * running member. Costs about 25 s: kafkajs commits through a short-lived member of the group, and the service's own
 * consumer then waits for that member's session to lapse before joining; use it only where a suite must not wait
 * behind others' backlog (the cross-service suites), not in every service kit.
 */
export async function skipConsumerBacklog(service: ServiceName, topics: readonly string[], brokers = (process.env.KAFKA_BROKERS ?? '').split(',')): Promise<void> {
  const admin = createKafka({ clientId: `skip-backlog-${service}`, brokers }).admin();
  await admin.connect();
  try {
    for (const topic of new Set(topics)) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId: consumerGroupOf(service), topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  } finally {
    await admin.disconnect();
  }
}
