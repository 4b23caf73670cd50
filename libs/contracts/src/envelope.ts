import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { SERVICE_NAMES, type ServiceName } from './services';

/**
 * The envelope every event travels in, on every topic. The Kafka message key equals `key`, so all events about
 * one order land on one partition and keep their order.
 *
 * WARNING: field names are part of the wire contract. Never rename or retype one.
 */
export interface EventEnvelope<TType extends string = string, TData = unknown> {
  /** Unique event id (UUID). Consumers deduplicate on it: their inbox's primary key. */
  id: string;
  /** The event's name from the catalogue, e.g. `orders.order-placed`. */
  type: TType;
  /** The payload's schema version. A breaking change is a new version, never an edit. */
  version: number;
  /** When the fact happened, ISO-8601 in UTC. */
  occurredAt: string;
  /** Partition key: the order id for everything about an order; otherwise the record's own id. */
  key: string;
  /** Id shared by everything caused by one outside request (HTTP request id or first event id). */
  correlationId: string;
  /** Id of the event or request that directly caused this one; null for a root cause. */
  causationId: string | null;
  /** The service that produced the event. */
  producer: ServiceName;
  /** The payload, validated against the event's class from the catalogue. */
  data: TData;
}

/** class-validator schema for an incoming envelope (the payload is validated separately, by type). */
export class EventEnvelopeSchema implements EventEnvelope {
  /** Unique event id (UUID). */
  @IsUUID()
  id!: string;

  /** Catalogue event name. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  type!: string;

  /** Payload schema version, from 1. */
  @IsInt()
  @Min(1)
  @Max(1000)
  version!: number;

  /** When the fact happened (ISO-8601, UTC). */
  @IsISO8601({ strict: true })
  occurredAt!: string;

  /** Partition key. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  key!: string;

  /** Correlation id. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  correlationId!: string;

  /** Causation id, or null. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  causationId!: string | null;

  /** Producing service. */
  @IsIn(SERVICE_NAMES)
  producer!: ServiceName;

  /** Payload object. */
  @IsObject()
  data!: unknown;
}

/** Kafka header names set on every published event (mirroring envelope fields for routing and tracing). */
export const EVENT_HEADERS = {
  eventId: 'tc-event-id',
  eventType: 'tc-event-type',
  eventVersion: 'tc-event-version',
  correlationId: 'tc-correlation-id',
  causationId: 'tc-causation-id',
  producer: 'tc-producer',
} as const;

/** Kafka header names set on a dead letter, beside the original message's own headers. */
export const DEAD_LETTER_HEADERS = {
  reason: 'tc-dlt-reason',
  detail: 'tc-dlt-detail',
  originalTopic: 'tc-dlt-original-topic',
  originalPartition: 'tc-dlt-original-partition',
  originalOffset: 'tc-dlt-original-offset',
  consumerGroup: 'tc-dlt-consumer-group',
  failedAt: 'tc-dlt-failed-at',
} as const;

/** Why a message was dead-lettered. Permanent failures only: transient ones are retried, never dead-lettered. */
export type DeadLetterReason = 'MALFORMED_JSON' | 'INVALID_ENVELOPE' | 'UNKNOWN_TYPE' | 'INVALID_PAYLOAD' | 'CONTRACT_VIOLATION';
