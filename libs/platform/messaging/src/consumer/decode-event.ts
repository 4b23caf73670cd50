import { type AnyEvent, type DeadLetterReason, eventDefinition, validateEvent } from '@trustcircle/contracts';
import type { KafkaMessage } from 'kafkajs';

/** The result of decoding a Kafka message into a catalogued event. */
export type DecodeResult =
  | { ok: true; event: AnyEvent }
  | { ok: false; reason: DeadLetterReason; detail: string; eventId?: string; eventType?: string }
  | { ok: 'skip'; eventType: string };

/**
 * Decodes one message against the catalogue with the contract's own `validateEvent` (envelope, known type and
 * version, payload, producer, key, topic), plus the Kafka message key. A known event this service does not
 * handle is skipped without validating its payload. Pure: no I/O.
 */
export function decodeEvent(topic: string, message: KafkaMessage, handles: (type: string) => boolean): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (e) {
    return { ok: false, reason: 'MALFORMED_JSON', detail: e instanceof Error ? e.message : 'not JSON' };
  }
  const r = raw as { id?: unknown; type?: unknown; version?: unknown } | null;
  const ids = { ...(typeof r?.id === 'string' ? { eventId: r.id } : {}), ...(typeof r?.type === 'string' ? { eventType: r.type } : {}) };
  const known = typeof r?.type === 'string' ? eventDefinition(r.type) : undefined;
  if (known && known.version === r?.version && known.topic === topic && !handles(known.type)) return { ok: 'skip', eventType: known.type };
  const checked = validateEvent(raw, topic as Parameters<typeof validateEvent>[1]);
  if (!checked.ok) return { ok: false, reason: checked.reason, detail: checked.errors.map((e) => `${e.field}: ${e.message}`).join('; '), ...ids };
  if (message.key?.toString('utf8') !== checked.event.key) {
    return { ok: false, reason: 'CONTRACT_VIOLATION', detail: 'message key differs from envelope key', ...ids };
  }
  return { ok: true, event: checked.event };
}
