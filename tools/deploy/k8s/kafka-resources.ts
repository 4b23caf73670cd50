/**
 * The Strimzi KafkaTopics and KafkaUsers, generated from the contracts (topic declarations, event catalogue,
 * consumer groups): one source for the local stack's topics and the cluster's.
 */
import { SERVICE_NAMES, type ServiceName, type TopicDeclaration } from '@trustcircle/contracts';
import { KAFKA_CLUSTER, type K8sObject, serviceKafkaUser, STRIMZI_API } from './names';
import { consoleReplayTopics, consumerGroups, type PartnerKind, topicDeclarations, topicsOwnedBy, topicsWrittenByPartners } from './topology';

/** Replicas of every topic in the base (production); the dev overlay patches them to 1. */
export const BASE_TOPIC_REPLICAS = 3;

/** One ACL rule of a KafkaUser (Strimzi `AclRule`). */
export interface AclRule {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' };
  operations: string[];
}

/** The KafkaTopic of one declaration: partitions, cleanup policy and retention exactly as declared. */
export function kafkaTopic(d: TopicDeclaration): K8sObject {
  return {
    apiVersion: STRIMZI_API,
    kind: 'KafkaTopic',
    metadata: { name: d.name, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER } },
    spec: {
      topicName: d.name,
      partitions: d.partitions,
      replicas: BASE_TOPIC_REPLICAS,
      config: { 'cleanup.policy': d.cleanupPolicy, 'retention.ms': d.retentionMs },
    },
  };
}

/** Every KafkaTopic. */
export function kafkaTopics(): K8sObject[] {
  return topicDeclarations().map(kafkaTopic);
}

const read = (topic: string): AclRule => ({ resource: { type: 'topic', name: topic, patternType: 'literal' }, operations: ['Describe', 'Read'] });
const write = (topic: string): AclRule => ({ resource: { type: 'topic', name: topic, patternType: 'literal' }, operations: ['Describe', 'Write'] });
const group = (name: string): AclRule => ({ resource: { type: 'group', name, patternType: 'literal' }, operations: ['Read'] });

/**
 * A service's ACLs: READ on the topics each of its consumer groups reads and on those groups; WRITE on the topics
 * it owns (its events' topic, `platform.alerts.v1`, its dead-letter topic); for the console also WRITE on the
 * topics its dead-letter desk replays onto. Sorted (groups, reads, writes), so the output is stable.
 */
export function serviceAcls(service: ServiceName): AclRule[] {
  const groups = consumerGroups().filter((g) => g.service === service);
  const reads = [...new Set(groups.flatMap((g) => g.topics))].sort();
  const writes = [...new Set([...topicsOwnedBy(service), ...(service === 'console' ? consoleReplayTopics() : [])])].sort();
  return [...groups.map((g) => g.group).sort().map(group), ...reads.map(read), ...writes.map(write)];
}

/** The KafkaUser of a service: SCRAM-SHA-512 on the internal TLS listener, simple authorization. */
export function serviceKafkaUserResource(service: ServiceName): K8sObject {
  return {
    apiVersion: STRIMZI_API,
    kind: 'KafkaUser',
    metadata: { name: serviceKafkaUser(service), labels: { 'strimzi.io/cluster': KAFKA_CLUSTER, 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': 'trustcircle' } },
    spec: { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple', acls: serviceAcls(service) } },
  };
}

/** A partner's ACLs: DESCRIBE and WRITE on its kind's intake topics, nothing else (no read, no group). */
export function partnerAcls(kind: PartnerKind): AclRule[] {
  return topicsWrittenByPartners(kind).map(write);
}

/**
 * The KafkaUser of one partner (`partnerId` = its id in the partner registry, a UUID): TLS client certificate
 * on the external listener, WRITE on its kind's intake topic only. Make one per onboarded partner with
 * `node -r @swc-node/register tools/deploy/k8s/generate.ts --partner marketplaces <partner id>` and apply it;
 * the User Operator issues the certificate into the Secret of the same name, which is handed to the partner.
 *
 * The principal (`CN=partner-<id>`) only proves which partner produced; Kafka ACLs cannot constrain the
 * `tc-partner-id` header the consumers trust (see deploy/k8s/README.md, "Intake partners").
 */
export function partnerKafkaUser(kind: PartnerKind, partnerId: string): K8sObject {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(partnerId)) throw new Error(`partner id must be a lower-case UUID, got ${JSON.stringify(partnerId)}`);
  return partnerUser(`partner-${partnerId}`, kind, { 'trustcircle.vn/partner-id': partnerId });
}

/** The template KafkaUser of a partner kind (`intake-marketplaces`, `intake-couriers`): the ACL set every partner of that kind gets. */
export function partnerKindKafkaUser(kind: PartnerKind): K8sObject {
  return partnerUser(`intake-${kind}`, kind, {});
}

function partnerUser(name: string, kind: PartnerKind, extraLabels: Record<string, string>): K8sObject {
  return {
    apiVersion: STRIMZI_API,
    kind: 'KafkaUser',
    metadata: { name, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER, 'app.kubernetes.io/part-of': 'trustcircle', 'trustcircle.vn/partner-kind': kind, ...extraLabels } },
    spec: { authentication: { type: 'tls' }, authorization: { type: 'simple', acls: partnerAcls(kind) } },
  };
}

/** Every generated KafkaUser: one per service, one per partner kind. */
export function kafkaUsers(): K8sObject[] {
  return [...SERVICE_NAMES.map(serviceKafkaUserResource), partnerKindKafkaUser('marketplaces'), partnerKindKafkaUser('couriers')];
}
