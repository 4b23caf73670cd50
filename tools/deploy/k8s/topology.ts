/**
 * Who reads and writes what on Kafka, derived from the contracts only: the topic declarations (`writers`), the
 * event catalogue (`owner`, `consumers`) and the consumer groups. The KafkaUsers' ACLs and the HPA bounds are
 * generated from it, and the manifest checks compare against it.
 */
import { allEventDefinitions, allTopicDeclarations, INTAKE_MESSAGES, SERVICE_NAMES, TOPICS, type IntakeTopicName, type ServiceName, type TopicDeclaration } from '@trustcircle/contracts';
import { consumerGroupOf } from '@trustcircle/messaging';
import { DEAD_LETTER_DESK_GROUP, deadLetterTopics } from '../../../apps/console/src/dead-letters/domain/dead-letter-topics';

/** Every topic of the platform, as the local stack creates them. */
export function topicDeclarations(): TopicDeclaration[] {
  return allTopicDeclarations(SERVICE_NAMES);
}

/**
 * The service that reads each intake topic (the contracts say who writes them, not who reads them).
 * tools/deploy/k8s/topology.spec.ts checks it against the `@HandlesIntake(…)` decorators in apps/.
 */
export const INTAKE_CONSUMERS: Readonly<Record<IntakeTopicName, ServiceName>> = {
  'orders.intake.v1': 'orders',
  'delivery.courier-intake.v1': 'delivery-tracking',
};

/** A Kafka consumer group of a service and the topics it subscribes to. */
export interface ConsumerGroup {
  group: string;
  service: ServiceName;
  /** Sorted topic names. */
  topics: string[];
}

/** The topics of the events a service consumes, plus the intake topics it reads, sorted. */
export function topicsReadBy(service: ServiceName): string[] {
  const events = allEventDefinitions().filter((d) => d.consumers.includes(service)).map((d) => d.topic as string);
  const intake = (Object.keys(INTAKE_MESSAGES) as IntakeTopicName[]).filter((t) => INTAKE_CONSUMERS[t] === service);
  return [...new Set([...events, ...intake])].sort();
}

/** Every consumer group: `tc.<service>` for each consuming service, and the console's dead-letter desk. */
export function consumerGroups(): ConsumerGroup[] {
  const groups: ConsumerGroup[] = SERVICE_NAMES.map((service) => ({ group: consumerGroupOf(service), service, topics: topicsReadBy(service) })).filter(
    (g) => g.topics.length > 0,
  );
  groups.push({ group: DEAD_LETTER_DESK_GROUP, service: 'console', topics: [...deadLetterTopics()].sort() });
  return groups;
}

/** The topics a service may write: those whose `writers` name it or `any-service` (its dead-letter topic included), sorted. */
export function topicsOwnedBy(service: ServiceName): string[] {
  return topicDeclarations()
    .filter((d) => d.writers.includes(service) || d.writers.includes('any-service'))
    .map((d) => d.name)
    .sort();
}

/**
 * The topics the console's dead-letter desk replays onto (ReplayDeadLetterUseCase: the original topic and
 * partition, any declared topic a service reads). The only writes beyond ownership; see deploy/k8s/README.md.
 */
export function consoleReplayTopics(): string[] {
  const declared = new Set<string>(Object.values(TOPICS).map((t) => t.name));
  const read = consumerGroups().filter((g) => g.group !== DEAD_LETTER_DESK_GROUP).flatMap((g) => g.topics);
  return [...new Set(read.filter((t) => declared.has(t)))].filter((t) => !topicsOwnedBy('console').includes(t)).sort();
}

/** An outside partner kind that produces straight onto an intake topic. */
export type PartnerKind = 'marketplaces' | 'couriers';

/** The partner kinds, in declaration order. */
export const PARTNER_KINDS: readonly PartnerKind[] = ['marketplaces', 'couriers'];

/** The intake topics a partner kind may write (from the topic declarations' `writers`), sorted. */
export function topicsWrittenByPartners(kind: PartnerKind): string[] {
  return topicDeclarations()
    .filter((d) => (d.writers as readonly string[]).includes(kind))
    .map((d) => d.name)
    .sort();
}
