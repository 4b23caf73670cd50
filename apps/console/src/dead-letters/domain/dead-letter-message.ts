import { createHash } from 'node:crypto';
import { DEAD_LETTER_HEADERS, EVENT_HEADERS, type ServiceName } from '@trustcircle/contracts';
import { type BytesEncoding, bytesAsText, bytesOfText } from './message-bytes';
import { serviceOfDeadLetterTopic } from './dead-letter-topics';

/** Every header the dead-letter publisher adds starts with this; the rest are the original message's. */
export const DEAD_LETTER_HEADER_PREFIX = 'tc-dlt-';

/** Set on a replayed message: the id of the console's dead letter it was replayed from. */
export const REPLAYED_FROM_HEADER = 'tc-replayed-from';

/** The reason recorded when a dead letter says none (not written by the platform's publisher). */
export const UNKNOWN_REASON = 'UNKNOWN';

/** Kafka message headers as KafkaJS gives them (a header repeated: an array). */
export type MessageHeaders = Record<string, Buffer | string | ReadonlyArray<Buffer | string> | undefined>;

/** One header of the original message, its value as text (see {@link bytesAsText}); repeated names repeat. */
export interface StoredHeader {
  name: string;
  value: string;
  encoding: BytesEncoding;
}

/** A message read from a dead-letter topic, as Kafka gives it. */
export interface RawDeadLetter {
  topic: string;
  partition: number;
  offset: string;
  /** The dead-letter message's timestamp, epoch milliseconds as a string. */
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: MessageHeaders;
}

/** What the console records of a dead letter: who failed, where the message was, why, and the message itself. */
export interface DeadLetterIntake {
  /** The service that failed to process it: the owner of the dead-letter topic. */
  service: ServiceName;
  consumerGroup: string | null;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  key: Buffer | null;
  value: Buffer | null;
  eventId: string | null;
  eventType: string | null;
  reason: string;
  detail: string;
  /** When the service gave up on it (`tc-dlt-failed-at`; the dead-letter message's timestamp when absent). */
  failedAt: Date;
  deadLetterTopic: string;
  deadLetterPartition: number;
  deadLetterOffset: string;
  deadLetterTimestamp: Date;
  /** The original message's headers, in order, without the `tc-dlt-*` ones. */
  headers: StoredHeader[];
  /** SHA-256 of the key and value: with the group and the original coordinates, the dead letter's identity. */
  digest: Buffer;
}

const MAX_TEXT = 200;
const MAX_DETAIL = 2000;

/**
 * Reads a message of a dead-letter topic leniently: a dead letter is not an event envelope, its value may be
 * anything, and a header may be missing (a message not written by the platform's publisher is still recorded,
 * its reason `UNKNOWN`, its origin unknown). Undefined only when the topic is no service's dead-letter topic.
 * Text is cut to sane lengths and rid of NULs (PostgreSQL refuses them); the value is never parsed beyond
 * looking for an envelope's `id` and `type` when the headers do not say them.
 */
export function parseDeadLetter(raw: RawDeadLetter, receivedAt: Date): DeadLetterIntake | undefined {
  const service = serviceOfDeadLetterTopic(raw.topic);
  if (!service) return undefined;
  const headers = flattenHeaders(raw.headers);
  // A header's first value as text (invalid UTF-8 replaced: these are only shown and searched, never replayed).
  const text = (name: string, max = MAX_TEXT) => {
    const values = raw.headers?.[name];
    const v = values === undefined || typeof values === 'string' || Buffer.isBuffer(values) ? values : values[0];
    return v === undefined ? null : clean(typeof v === 'string' ? v : v.toString('utf8'), max);
  };
  const timestamp = Number(raw.timestamp);
  const deadLetterTimestamp = Number.isFinite(timestamp) && timestamp > 0 ? new Date(timestamp) : receivedAt;
  const eventId = text(EVENT_HEADERS.eventId) || null;
  const eventType = text(EVENT_HEADERS.eventType) || null;
  const envelope = eventId === null || eventType === null ? envelopeIds(raw.value) : {};
  return {
    service,
    consumerGroup: text(DEAD_LETTER_HEADERS.consumerGroup) || null,
    originalTopic: text(DEAD_LETTER_HEADERS.originalTopic) || null,
    originalPartition: partitionOf(text(DEAD_LETTER_HEADERS.originalPartition)),
    originalOffset: offsetOf(text(DEAD_LETTER_HEADERS.originalOffset)),
    key: raw.key,
    value: raw.value,
    eventId: eventId ?? envelope.id ?? null,
    eventType: eventType ?? envelope.type ?? null,
    reason: text(DEAD_LETTER_HEADERS.reason, 100) || UNKNOWN_REASON,
    detail: text(DEAD_LETTER_HEADERS.detail, MAX_DETAIL) ?? '',
    failedAt: instantOf(text(DEAD_LETTER_HEADERS.failedAt)) ?? deadLetterTimestamp,
    deadLetterTopic: raw.topic,
    deadLetterPartition: raw.partition,
    deadLetterOffset: raw.offset,
    deadLetterTimestamp,
    headers: headers.filter((h) => !h.name.startsWith(DEAD_LETTER_HEADER_PREFIX)),
    digest: messageDigest(raw.key, raw.value),
  };
}

/** Headers as an ordered list of name and value, a repeated header once per value. */
export function flattenHeaders(headers: MessageHeaders | undefined): StoredHeader[] {
  const out: StoredHeader[] = [];
  for (const [rawName, values] of Object.entries(headers ?? {})) {
    if (values === undefined) continue;
    const name = rawName.replaceAll('\u0000', '\uFFFD');
    for (const v of typeof values === 'string' || Buffer.isBuffer(values) ? [values] : values) {
      const { text, encoding } = bytesAsText(typeof v === 'string' ? Buffer.from(v, 'utf8') : v);
      out.push({ name, value: text, encoding });
    }
  }
  return out;
}

/** Stored headers back as Kafka headers (repeated names as arrays), exactly the bytes they were. */
export function kafkaHeadersOf(headers: readonly StoredHeader[]): Record<string, Buffer | Buffer[]> {
  const out: Record<string, Buffer | Buffer[]> = {};
  for (const h of headers) {
    const bytes = bytesOfText({ text: h.value, encoding: h.encoding });
    const seen = out[h.name];
    out[h.name] = seen === undefined ? bytes : Array.isArray(seen) ? [...seen, bytes] : [seen, bytes];
  }
  return out;
}

/** The SHA-256 of a message's key and value, each length-prefixed (a missing one differs from an empty one). */
export function messageDigest(key: Buffer | null, value: Buffer | null): Buffer {
  const hash = createHash('sha256');
  for (const part of [key, value]) {
    const length = Buffer.alloc(8);
    length.writeBigInt64BE(part === null ? -1n : BigInt(part.length));
    hash.update(length);
    if (part) hash.update(part);
  }
  return hash.digest();
}

function clean(text: string, max: number): string {
  return text.replaceAll('\u0000', '').slice(0, max);
}

function partitionOf(text: string | null): number | null {
  if (text === null || !/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

function offsetOf(text: string | null): string | null {
  if (text === null || !/^\d{1,19}$/.test(text)) return null;
  return BigInt(text) <= 9_223_372_036_854_775_807n ? BigInt(text).toString() : null;
}

function instantOf(text: string | null): Date | null {
  if (text === null || !/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** An envelope's `id` and `type`, when the value is a JSON object carrying them as strings. */
function envelopeIds(value: Buffer | null): { id?: string; type?: string } {
  if (!value || value.length === 0) return {};
  const read = bytesAsText(value);
  if (read.encoding !== 'utf8') return {};
  try {
    const parsed: unknown = JSON.parse(read.text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const { id, type } = parsed as { id?: unknown; type?: unknown };
    return {
      ...(typeof id === 'string' && id !== '' ? { id: clean(id, MAX_TEXT) } : {}),
      ...(typeof type === 'string' && type !== '' ? { type: clean(type, MAX_TEXT) } : {}),
    };
  } catch {
    return {};
  }
}
