import { DELIVERY_EVENTS } from './delivery/delivery.catalogue';
import { DISPUTE_EVENTS } from './disputes/disputes.catalogue';
import type { EventEnvelope } from './envelope';
import { ESCROW_EVENTS } from './escrow/escrow.catalogue';
import type { EventDefinition } from './event-definition';
import { NOTIFICATION_EVENTS } from './notifications/notifications.catalogue';
import { ORDER_EVENTS } from './orders/orders.catalogue';
import { PARTNER_EVENTS } from './partners/partners.catalogue';
import { PLATFORM_EVENTS } from './platform/platform.catalogue';
import type { ServiceName } from './services';
import type { TopicName } from './topics';

/**
 * The v1 event catalogue: every event of the platform, its topic, key, owner, consumers and payload class.
 * docs/event-catalogue.md is generated from it (`node -r @swc-node/register tools/contracts/generate-catalogue.ts`).
 * Each domain declares its own entries next to its payload classes.
 *
 * WARNING: later changes may add events, never rename or reshape these. A breaking change is a new version.
 */
export const EVENT_CATALOGUE = {
  ...ORDER_EVENTS,
  ...ESCROW_EVENTS,
  ...DELIVERY_EVENTS,
  ...DISPUTE_EVENTS,
  ...NOTIFICATION_EVENTS,
  ...PARTNER_EVENTS,
  ...PLATFORM_EVENTS,
} as const;

/** The name of a catalogued event. */
export type EventType = keyof typeof EVENT_CATALOGUE;

/** The payload type of an event: publishing a wrong payload fails to compile. */
export type PayloadOf<T extends EventType> = InstanceType<(typeof EVENT_CATALOGUE)[T]['payload']>;

/** The topic an event travels on. */
export type TopicOf<T extends EventType> = (typeof EVENT_CATALOGUE)[T]['topic'];

/** The service that owns an event (`any-service` for platform alerts). */
export type OwnerOf<T extends EventType> = (typeof EVENT_CATALOGUE)[T]['owner'];

/** The services that may produce an event: its owner, or any service for `any-service` events. */
export type ProducerOf<T extends EventType> = OwnerOf<T> extends 'any-service' ? ServiceName : OwnerOf<T>;

/** The events a service may produce: its own, plus the `any-service` ones. */
export type EventsProducibleBy<S extends ServiceName> = {
  [K in EventType]: S extends ProducerOf<K> ? K : never;
}[EventType];

/** The events that travel on a topic. */
export type EventsOnTopic<Tp extends TopicName> = { [K in EventType]: TopicOf<K> extends Tp ? K : never }[EventType];

/** Compile-time topic → payload map: the payloads a consumer of a topic may receive. */
export type TopicPayloadMap = { [Tp in TopicName]: PayloadOf<EventsOnTopic<Tp>> };

/** A fully typed event of one type. */
export type EventOf<T extends EventType> = EventEnvelope<T, PayloadOf<T>>;

/** Any catalogued event (a discriminated union on `type`). */
export type AnyEvent = { [K in EventType]: EventOf<K> }[EventType];

/** Any catalogued event that travels on a topic (a discriminated union on `type`), for typed consumers. */
export type AnyEventOnTopic<Tp extends TopicName> = { [K in EventsOnTopic<Tp>]: EventOf<K> }[EventsOnTopic<Tp>];

/** Every catalogued event name, in catalogue order. */
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

/** True when `type` names a catalogued event. */
export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, type);
}

/** Looks up an event's definition; undefined for an unknown type. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return isEventType(type) ? (EVENT_CATALOGUE[type] as unknown as EventDefinition) : undefined;
}

/** Every catalogue entry, for generators and tests. */
export function allEventDefinitions(): EventDefinition[] {
  return Object.values(EVENT_CATALOGUE) as unknown as EventDefinition[];
}

/** The definitions of the events on one topic, in catalogue order. */
export function eventDefinitionsOnTopic(topic: TopicName): EventDefinition[] {
  return allEventDefinitions().filter((d) => d.topic === topic);
}
