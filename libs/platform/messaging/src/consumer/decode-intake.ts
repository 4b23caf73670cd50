import {
  type DeadLetterReason,
  INTAKE_HEADERS,
  type IntakeTopicName,
  TOPICS,
  courierIntakeKey,
  orderIntakeKey,
  validateIntakeMessage,
} from '@trustcircle/contracts';
import type { KafkaMessage } from 'kafkajs';
import type { IntakeRecord } from './intake-handler';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The result of decoding an intake message. */
export type IntakeDecodeResult =
  | { ok: true; partnerId: string; message: object }
  | { ok: false; reason: DeadLetterReason; detail: string };

/** The Kafka key each intake topic's contract requires, so one order's (or parcel's) messages stay in order. */
function expectedKey(topic: IntakeTopicName, partnerId: string, message: object): string {
  if (topic === TOPICS.orderIntake.name) return orderIntakeKey(partnerId, (message as { externalId: string }).externalId);
  return courierIntakeKey(message as { trackingNumber: string });
}

/** Decodes and checks one intake message: JSON, the partner header, the body's contract and the key. Pure. */
export function decodeIntake(topic: IntakeTopicName, message: KafkaMessage): IntakeDecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (e) {
    return { ok: false, reason: 'MALFORMED_JSON', detail: e instanceof Error ? e.message : 'not JSON' };
  }
  const header = message.headers?.[INTAKE_HEADERS.partnerId];
  const partnerId = Buffer.isBuffer(header) ? header.toString('utf8') : typeof header === 'string' ? header : undefined;
  if (!partnerId || !UUID.test(partnerId)) {
    return { ok: false, reason: 'CONTRACT_VIOLATION', detail: `header ${INTAKE_HEADERS.partnerId} must carry the partner's id (UUID)` };
  }
  const checked = validateIntakeMessage(topic, raw);
  if (!checked.ok) return { ok: false, reason: 'INVALID_PAYLOAD', detail: checked.errors.map((e) => `${e.field}: ${e.message}`).join('; ') };
  const key = expectedKey(topic, partnerId, checked.payload);
  if (message.key?.toString('utf8') !== key) return { ok: false, reason: 'CONTRACT_VIOLATION', detail: `the message key must be ${key}` };
  return { ok: true, partnerId, message: checked.payload };
}

/** The record as produced (value bytes, headers as UTF-8), for the handler's signature check. Pure. */
export function intakeRecordOf(message: KafkaMessage): IntakeRecord {
  const text = (v: Buffer | string): string => (Buffer.isBuffer(v) ? v.toString('utf8') : v);
  const headers: IntakeRecord['headers'] = {};
  for (const [name, v] of Object.entries(message.headers ?? {})) {
    if (v !== undefined) headers[name] = Array.isArray(v) ? v.map(text) : text(v);
  }
  return { value: message.value ?? Buffer.alloc(0), headers };
}
