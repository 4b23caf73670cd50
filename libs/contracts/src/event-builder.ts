import { EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf, type ProducerOf } from './catalogue';
import { SERVICE_NAMES, type ServiceName } from './services';

/** What a producer supplies besides the payload; the type, version and key come from the catalogue. */
export interface EventMetadata<T extends EventType> {
  /** New unique event id (UUID). */
  id: string;
  /** When the fact happened, ISO-8601 UTC. */
  occurredAt: string;
  /** Correlation id of the outside request or first event. */
  correlationId: string;
  /** Id of the event or request that caused this one; null for a root cause. */
  causationId: string | null;
  /** The producing service: the event's owner (any service for platform alerts). */
  producer: ProducerOf<T>;
}

/**
 * Builds a typed envelope: the payload must be the event's own payload type and the producer its owner, or it
 * does not compile; the version and the Kafka key are taken from the catalogue, so no producer can get them
 * wrong. Pure: ids and times come from the caller.
 */
export function buildEvent<T extends EventType>(type: T, data: PayloadOf<T>, meta: EventMetadata<T>): EventOf<T> {
  const def = EVENT_CATALOGUE[type];
  const keyOf = def.keyOf as (payload: PayloadOf<T>) => string;
  const owner: string = def.owner;
  const producer: string = meta.producer;
  if (!(SERVICE_NAMES as readonly string[]).includes(producer) || (owner !== 'any-service' && owner !== producer)) {
    throw new Error(`${type} is produced by ${owner === 'any-service' ? 'any service' : owner} only, not ${producer}`);
  }
  return {
    id: meta.id,
    type,
    version: def.version,
    occurredAt: meta.occurredAt,
    key: keyOf(data),
    correlationId: meta.correlationId,
    causationId: meta.causationId,
    // ProducerOf<T> never holds 'any-service' (see its definition); TS cannot narrow the deferred conditional.
    producer: meta.producer as ServiceName,
    data,
  };
}
