import type { ServiceName } from './services';

/**
 * Every Kafka topic of the platform, declared once. The local stack creates them from this list, and the
 * deployment manifests are generated from it.
 *
 * WARNING: never rename a topic or change its partition count: the partition of a key would move and
 * per-order ordering would break. A breaking change is a new topic version.
 */
export interface TopicDeclaration {
  /** Topic name. */
  name: string;
  /** Fixed partition count: the unit of consumer parallelism. */
  partitions: number;
  /** `delete` (time-based retention) or `compact` (latest value per key). */
  cleanupPolicy: 'delete' | 'compact';
  /** Retention in ms for `delete` topics; -1 keeps forever. */
  retentionMs: number;
  /** What the message key is. */
  key: string;
  /** Who writes it: a service, or outside partners for intake topics. */
  writers: ReadonlyArray<ServiceName | 'marketplaces' | 'couriers' | 'any-service'>;
  /** One line on what flows there. */
  description: string;
}

const DAY = 24 * 60 * 60 * 1000;

export const TOPICS = {
  orderEvents: {
    name: 'orders.events.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY,
    key: 'order id',
    writers: ['orders'],
    description: 'Order lifecycle: placed, status changed, cancellation requested, buyer one-time code requested.',
  },
  orderIntake: {
    name: 'orders.intake.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 7 * DAY,
    key: 'marketplace id + ":" + external order id',
    writers: ['marketplaces'],
    description: 'Marketplaces place orders straight onto Kafka (same body as POST /v1/orders, partner id in a header).',
  },
  escrowEvents: {
    name: 'escrow.events.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY,
    key: 'order id (records without an order: their own id — parked payment, ledger check, settlement, reconciliation, unmatched-payment instruction, settlement document)',
    writers: ['escrow'],
    description: 'Escrow lifecycle, answers to hold and cancellation requests, payout and refund instructions, ledger alerts.',
  },
  deliveryEvents: {
    name: 'delivery.events.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY,
    key: 'order id',
    writers: ['delivery-tracking'],
    description: 'Shipments registered, canonical status changes and the milestones escrow and orders act on.',
  },
  courierIntake: {
    name: 'delivery.courier-intake.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 7 * DAY,
    key: 'tracking number',
    writers: ['couriers'],
    description: 'Couriers post tracking events straight onto Kafka (generic format, courier id in a header).',
  },
  disputeEvents: {
    name: 'disputes.events.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY,
    key: 'order id',
    writers: ['disputes'],
    description: 'Complaint lifecycle: opened, hold requested, responses, offers, escalation, decisions, resolutions.',
  },
  notificationEvents: {
    name: 'notifications.events.v1',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 14 * DAY,
    key: 'order id (messages without an order: the notification id; endpoint events: the endpoint id)',
    writers: ['notifications'],
    description: 'Delivery outcomes of SMS, Zalo, email and webhook messages; endpoints disabled.',
  },
  partnerDirectory: {
    name: 'partners.directory.v1',
    partitions: 3,
    cleanupPolicy: 'compact',
    retentionMs: -1,
    key: 'partner id (operator signing keys: the key id)',
    writers: ['console'],
    description: 'Compacted: the latest verification material and settings of every partner (hashes and encrypted secrets only), and the operator token signing keys.',
  },
  platformAlerts: {
    name: 'platform.alerts.v1',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: 14 * DAY,
    key: 'alert id',
    writers: ['any-service'],
    description: 'Operator alerts raised by any service (funding mismatch, ledger check failure, dead letters, breached deadlines).',
  },
} as const satisfies Record<string, TopicDeclaration>;

/** A declared topic's name. */
export type TopicName = (typeof TOPICS)[keyof typeof TOPICS]['name'];

/**
 * The dead-letter topic of one consuming service. Each service has its own, so operators see who failed to
 * process what, and replaying goes back to that service only.
 */
export function deadLetterTopic(service: ServiceName): string {
  return `deadletter.${service}.v1`;
}

/** Every topic to create: the declared ones plus one dead-letter topic per service. */
export function allTopicDeclarations(services: readonly ServiceName[]): TopicDeclaration[] {
  const declared: TopicDeclaration[] = Object.values(TOPICS).map((t) => ({ ...t, writers: [...t.writers] }));
  const dlts: TopicDeclaration[] = services.map((s) => ({
    name: deadLetterTopic(s),
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY,
    key: 'the original message key',
    writers: [s],
    description: `Messages ${s} could not process for a permanent reason, with the reason and original headers.`,
  }));
  return [...declared, ...dlts];
}
