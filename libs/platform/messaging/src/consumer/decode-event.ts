import {
  type AnyEvent,
  type DeadLetterReason,
  eventDefinition,
  validateEnvelope,
  validateEventPayload,
} from '@trustcircle/contracts';
import type { KafkaMessage } from 'kafkajs';

/** The result of decoding a Kafka message into a catalogued event. */
export type DecodeResult =
  | { ok: true; event: AnyEvent }
  | { ok: false; reason: DeadLetterReason; detail: string; eventId?: string; eventType?: string }
  | { ok: 'skip'; eventType: string };

/**
 * Decodes and checks one message against the catalogue: JSON, envelope, known type, the right topic, producer
 * and key, and (only when this service handles the type) the payload. Pure: no I/O.
 */
export function decodeEvent(topic: string, message: KafkaMessage, handles: (type: string) => boolean): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (e) {
    return { ok: false, reason: 'MALFORMED_JSON', detail: e instanceof Error ? e.message : 'not JSON' };
  }
  const envelope = validateEnvelope(raw);
  if (!envelope.ok) {
    const r = raw as { id?: unknown; type?: unknown } | null;
    return {
      ok: false,
      reason: 'INVALID_ENVELOPE',
      detail: envelope.errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      ...(typeof r?.id === 'string' ? { eventId: r.id } : {}),
      ...(typeof r?.type === 'string' ? { eventType: r.type } : {}),
    };
  }
  const { id, type, producer, key, version } = envelope.envelope;
  const ids = { eventId: id, eventType: type };
  const definition = eventDefinition(type);
  if (!definition) return { ok: false, reason: 'UNKNOWN_TYPE', detail: `no event ${type} in the catalogue`, ...ids };
  if (definition.topic !== topic) return { ok: false, reason: 'CONTRACT_VIOLATION', detail: `${type} belongs on ${definition.topic}, not ${topic}`, ...ids };
  if (definition.owner !== 'any-service' && definition.owner !== producer) return { ok: false, reason: 'CONTRACT_VIOLATION', detail: `${type} is owned by ${definition.owner}, not ${producer}`, ...ids };
  if (definition.version !== version) return { ok: false, reason: 'CONTRACT_VIOLATION', detail: `${type} v${version} is not catalogued (v${definition.version})`, ...ids };
  if (message.key?.toString('utf8') !== key) return { ok: false, reason: 'CONTRACT_VIOLATION', detail: 'message key differs from envelope key', ...ids };
  if (!handles(type)) return { ok: 'skip', eventType: type };
  const payload = validateEventPayload(type, envelope.envelope.data);
  if (!payload.ok) {
    return { ok: false, reason: 'INVALID_PAYLOAD', detail: payload.errors.map((e) => `${e.field}: ${e.message}`).join('; '), ...ids };
  }
  return { ok: true, event: { ...envelope.envelope, data: payload.payload } as AnyEvent };
}
