/** The topics services consume, for cross-service tests that start their groups at the end (`skipConsumerBacklog`). */
import { EVENT_CATALOGUE, type EventType, type ServiceName } from '@trustcircle/contracts';
import { consumerGroupOf, createKafka } from '@trustcircle/messaging';
import { skipConsumerBacklog } from '@trustcircle/service-testing';
import type { Admin } from 'kafkajs';
// What notifications, orders and the console consume (a top-level test may see the services).
import { NOTIFIED_EVENTS } from '../apps/notifications/src/pipeline/api/notify-on-events.consumer';
import { ORDER_FACT_EVENT_TYPES } from '../apps/orders/src/order-status/domain/order-fact-of-event';
import { CONSOLE_EVENT_TYPES } from '../apps/console/src/read-model/domain/console-event-types';

export { skipConsumerBacklog as skipBacklog };

/** A consumer group further behind than this on its topics starts at their end (other suites' events). */
const BACKLOG_TO_SKIP = 200;

/** The topics notifications consumes. */
export function notificationTopics(): string[] {
  return topicsOf([...NOTIFIED_EVENTS, 'orders.buyer-otp-requested']);
}

/** The topics orders reads its facts from (escrow, delivery, disputes, notifications). */
export function orderFactTopics(): string[] {
  return topicsOf(ORDER_FACT_EVENT_TYPES);
}

/** The topics the console's read model is built from (every service's events). */
export function consoleTopics(): string[] {
  return topicsOf(CONSOLE_EVENT_TYPES);
}

function topicsOf(types: readonly EventType[]): string[] {
  return [...new Set(types.map((t) => EVENT_CATALOGUE[t].topic as string))];
}

/**
 * Services that consume every service's events (the console's read model, notifications) may be thousands of
 * events behind after other suites, and working through that would delay the events under test. A group further
 * behind than {@link BACKLOG_TO_SKIP} starts at its topics' end (about 25 s; nothing when there is no backlog).
 * Answers the groups moved, with how far behind they were.
 */
export async function skipLargeBacklogs(groups: ReadonlyArray<[ServiceName, string[]]>): Promise<string[]> {
  const admin = createKafka({ clientId: 'test-backlog', brokers: String(process.env.KAFKA_BROKERS).split(',') }).admin();
  await admin.connect();
  const behind: Array<[ServiceName, string[], number]> = [];
  try {
    for (const [service, topics] of groups) behind.push([service, topics, await lagOf(admin, service, topics)]);
  } finally {
    await admin.disconnect();
  }
  const far = behind.filter(([, , lag]) => lag > BACKLOG_TO_SKIP);
  await Promise.all(far.map(([service, topics]) => skipConsumerBacklog(service, topics)));
  return far.map(([service, , lag]) => `${service} (${lag} behind)`);
}

/**
 * Retries while the broker answers that the group's coordinator is loading its offsets or moving (for a while after
 * the broker restarts, as the chaos suite makes it do); any other error, or one lasting past 30 s, is thrown.
 */
async function whileCoordinatorLoads<T>(read: () => Promise<T>): Promise<T> {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      return await read();
    } catch (e) {
      // GROUP_LOAD_IN_PROGRESS, GROUP_COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR_FOR_GROUP: KafkaJS marks them retriable.
      if ((e as { retriable?: boolean }).retriable !== true || Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function lagOf(admin: Admin, service: ServiceName, topics: readonly string[]): Promise<number> {
  const ends = new Map<string, number>();
  for (const topic of topics) for (const p of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}:${p.partition}`, Number(p.high));
  let behind = 0;
  for (const t of await whileCoordinatorLoads(() => admin.fetchOffsets({ groupId: consumerGroupOf(service), topics: [...topics] }))) {
    for (const p of t.partitions) behind += Math.max(0, (ends.get(`${t.topic}:${p.partition}`) ?? 0) - Math.max(0, Number(p.offset)));
  }
  return behind;
}
