import { buildEvent } from '../event-builder';
import { EVENT_CATALOGUE, type EventOf, type EventType, type PayloadOf, type ProducerOf } from '../catalogue';
import { DELIVERY_SAMPLES } from './delivery-samples';
import { DISPUTE_SAMPLES } from './dispute-samples';
import { ESCROW_SAMPLES } from './escrow-samples';
import { ORDER_SAMPLES } from './order-samples';
import { NOTIFICATION_SAMPLES, PARTNER_SAMPLES, PLATFORM_SAMPLES } from './platform-samples';
import { SAMPLE } from './sample-values';

export { SAMPLE } from './sample-values';
export { sampleCourierIntake, sampleOrderIntake } from './order-samples';

/**
 * A builder of a valid payload for every catalogued event. The mapped type makes a missing sample a compile
 * error, so a new event cannot be added without one.
 */
const SAMPLES: { [K in EventType]: () => PayloadOf<K> } = {
  ...ORDER_SAMPLES,
  ...ESCROW_SAMPLES,
  ...DELIVERY_SAMPLES,
  ...DISPUTE_SAMPLES,
  ...NOTIFICATION_SAMPLES,
  ...PARTNER_SAMPLES,
  ...PLATFORM_SAMPLES,
};

/**
 * A valid payload of an event (a fresh plain object each call), with optional top-level overrides. For tests of
 * any service: fixed ids and times from {@link SAMPLE} that fit one order's lifecycle.
 */
export function sampleEvent<T extends EventType>(type: T, overrides: Partial<PayloadOf<T>> = {}): PayloadOf<T> {
  return { ...SAMPLES[type](), ...overrides };
}

/** A valid envelope of an event around {@link sampleEvent}, produced by the event's owner (escrow for alerts). */
export function sampleEnvelope<T extends EventType>(type: T, overrides: Partial<PayloadOf<T>> = {}): EventOf<T> {
  const owner: string = EVENT_CATALOGUE[type].owner;
  return buildEvent(type, sampleEvent(type, overrides), {
    id: SAMPLE.eventId,
    occurredAt: SAMPLE.at.placed,
    correlationId: SAMPLE.eventId,
    causationId: null,
    producer: (owner === 'any-service' ? 'escrow' : owner) as ProducerOf<T>,
  });
}
