import type { ApiBodyOptions } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SHIPMENT_STATUSES } from '@trustcircle/contracts';

/** The OpenAPI schema of one generic-format courier event (the contract class `CourierIntakeV1`). */
export const COURIER_EVENT_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['trackingNumber', 'status', 'occurredAt'],
  additionalProperties: false,
  properties: {
    trackingNumber: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'A tracking number registered with you.' },
    status: { type: 'string', enum: [...SHIPMENT_STATUSES], description: 'The canonical status (also kept as the raw status).' },
    occurredAt: { type: 'string', format: 'date-time', description: 'When it happened, ISO-8601 with an offset or Z. Far-future times, or times before the order, are refused.' },
    location: { type: 'string', maxLength: 300 },
    note: { type: 'string', maxLength: 500, description: 'A note or the reason of a failed attempt.' },
    codAmount: { type: 'integer', minimum: 0, maximum: 10_000_000_000_000, description: 'Cash collected on delivery, whole VND.' },
  },
  example: { trackingNumber: 'GHN123456789VN', status: 'DELIVERED', occurredAt: '2026-03-03T16:00:00+07:00', location: 'Hà Nội', codAmount: 1_235_000 },
};

/**
 * OpenAPI for the body of `POST /v1/couriers/{courierId}/events`. The body is the contract class
 * `CourierIntakeV1` (the same the Kafka intake and each batch item take); its class-validator rules are the
 * source of truth, this documents them.
 */
export const COURIER_EVENT_BODY: ApiBodyOptions = {
  description: 'One courier event in the generic format. Unknown fields are refused.',
  schema: COURIER_EVENT_SCHEMA,
};

/** OpenAPI for the body of `POST /v1/couriers/{courierId}/events:batch`. */
export const COURIER_EVENTS_BATCH_BODY: ApiBodyOptions = {
  description: 'Up to 500 courier events, each validated and applied on its own (one bad item never sinks the batch).',
  schema: {
    type: 'object',
    required: ['events'],
    additionalProperties: false,
    properties: { events: { type: 'array', minItems: 1, maxItems: 500, items: COURIER_EVENT_SCHEMA } },
  },
};
