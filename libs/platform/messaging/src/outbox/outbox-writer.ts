import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  EVENT_CATALOGUE,
  EVENT_HEADERS,
  type EventOf,
  type EventType,
  type PayloadOf,
  type ProducerOf,
  type ServiceName,
  validateEventPayload,
} from '@trustcircle/contracts';
import type { Clock } from '@trustcircle/kernel';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** Tracing ids an event inherits from what caused it. */
export interface TraceIds {
  correlationId: string;
  causationId: string | null;
}

/** Options for one event. */
export interface RecordEventOptions {
  /** Overrides the ambient trace (e.g. a consumer passes the incoming event's ids). */
  trace?: TraceIds;
  /** When the fact happened; defaults to the clock's now. */
  occurredAt?: Date;
}

/** Thrown when a service tries to publish an event it does not own or a payload that breaks its contract. */
export class EventContractError extends Error {
  override name = 'EventContractError';
}

/**
 * Writes events to the outbox inside the caller's transaction, so the state change and its event commit (or
 * roll back) together. The relay publishes them afterwards.
 */
export class OutboxWriter {
  constructor(
    private readonly service: ServiceName,
    private readonly clock: Clock,
    private readonly ambientTrace: () => TraceIds | undefined,
  ) {}

  /**
   * Records an event in the outbox through `manager` (which must be inside a transaction with the change).
   * The type-checker ties `data` to `type`; at run time the payload is validated too.
   */
  async record<T extends EventType>(manager: EntityManager, type: T, data: PayloadOf<T>, options: RecordEventOptions = {}): Promise<EventOf<T>> {
    const definition = EVENT_CATALOGUE[type];
    const checked = validateEventPayload(type, data);
    if (!checked.ok) {
      throw new EventContractError(`${type} payload breaks its contract: ${checked.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    }
    const id = randomUUID();
    const trace = options.trace ?? this.ambientTrace() ?? { correlationId: id, causationId: null };
    let envelope: EventOf<T>;
    try {
      envelope = buildEvent(type, data, {
        id,
        occurredAt: (options.occurredAt ?? this.clock.now()).toISOString(),
        correlationId: trace.correlationId,
        causationId: trace.causationId,
        producer: this.service as ProducerOf<T>,
      });
    } catch (e) {
      throw new EventContractError(`${this.service} may not publish ${type}: ${e instanceof Error ? e.message : String(e)}`);
    }
    await manager.insert(OutboxMessage, {
      id,
      topic: definition.topic,
      key: envelope.key,
      type,
      envelope,
      headers: {
        [EVENT_HEADERS.eventId]: id,
        [EVENT_HEADERS.eventType]: type,
        [EVENT_HEADERS.eventVersion]: String(definition.version),
        [EVENT_HEADERS.correlationId]: trace.correlationId,
        ...(trace.causationId ? { [EVENT_HEADERS.causationId]: trace.causationId } : {}),
        [EVENT_HEADERS.producer]: this.service,
      },
      publishedAt: null,
    });
    return envelope;
  }
}
