import type { EventEnvelope } from '@trustcircle/contracts';

/**
 * The JSON a webhook carries (Standard Webhooks' recommended shape): `{type, timestamp, data}` with the event's
 * type, when it happened, and its payload as documented in the event catalogue, plus the event id for dedupe on
 * the receiver's side. These are exactly the bytes signed.
 */
export function webhookBody(event: EventEnvelope): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt, eventId: event.id, data: event.data });
}
