import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError, type ValidatorOptions } from 'class-validator';
import { eventDefinition, type AnyEvent, type EventType, type PayloadOf } from './catalogue';
import { EventEnvelopeSchema, type DeadLetterReason, type EventEnvelope } from './envelope';
import type { PayloadClass } from './event-definition';
import { INTAKE_MESSAGES, type IntakeMessageOf, type IntakeTopicName } from './intake';
import type { TopicName } from './topics';

/** One violation: the dotted path of the field (`buyer.phone`, `items.0.sku`; `''` for the whole value) and why. */
export interface FieldError {
  field: string;
  message: string;
}

/** The outcome of validating untrusted input against a contract class. */
export type ValidationResult<P> = { ok: true; payload: P } | { ok: false; errors: FieldError[] };

/**
 * Unknown fields are refused, not stripped; no value is echoed in a message (payloads hold personal data and
 * sealed secrets).
 */
const VALIDATOR_OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

/** Keys that could reach an object's prototype while instantiating; never legitimate in a payload. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any contract: refuse rather than recurse without bound. */
const MAX_DEPTH = 16;

/** The path of a forbidden key or of the first too-deep value, if any. */
function unsafePath(value: unknown, path: string, depth: number): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) return path;
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return child;
    const found = unsafePath((value as Record<string, unknown>)[key], child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Flattens class-validator's error tree into dotted field paths. */
function flatten(errors: readonly ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates untrusted JSON (already parsed) against a contract class: no implicit conversion ("100" is not a
 * number), unknown fields refused, nested classes validated. Synchronous: contracts use no async validators.
 */
export function validatePayload<P extends object>(cls: PayloadClass<P>, data: unknown): ValidationResult<P> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: [{ field: '', message: 'must be a JSON object' }] };
  }
  const unsafe = unsafePath(data, '', 0);
  if (unsafe !== undefined) {
    return { ok: false, errors: [{ field: unsafe, message: 'forbidden key or nesting too deep' }] };
  }
  const instance = plainToInstance(cls, data, { enableImplicitConversion: false, exposeDefaultValues: false });
  const errors = flatten(validateSync(instance, VALIDATOR_OPTIONS), '');
  return errors.length === 0 ? { ok: true, payload: instance } : { ok: false, errors };
}

/** Validates an event payload against its catalogue class. An unknown type is an error on `type`. */
export function validateEventPayload<T extends EventType>(type: T, data: unknown): ValidationResult<PayloadOf<T>>;
export function validateEventPayload(type: string, data: unknown): ValidationResult<object>;
export function validateEventPayload(type: string, data: unknown): ValidationResult<object> {
  const def = eventDefinition(type);
  if (!def) return { ok: false, errors: [{ field: 'type', message: `unknown event type ${JSON.stringify(type.slice(0, 100))}` }] };
  return validatePayload(def.payload as PayloadClass<object>, data);
}

/** The outcome of validating an envelope. */
export type EnvelopeValidationResult = { ok: true; envelope: EventEnvelope } | { ok: false; errors: FieldError[] };

/**
 * Validates an envelope's own fields; `data` must be an object, validated by type separately
 * ({@link validateEventPayload}, or {@link validateEvent} for everything at once).
 */
export function validateEnvelope(raw: unknown): EnvelopeValidationResult {
  const r = validatePayload(EventEnvelopeSchema, raw);
  return r.ok ? { ok: true, envelope: r.payload } : r;
}

/** Validates an intake message (a partner's order or courier event) against its topic's class. */
export function validateIntakeMessage<Tp extends IntakeTopicName>(topic: Tp, data: unknown): ValidationResult<IntakeMessageOf<Tp>> {
  return validatePayload(INTAKE_MESSAGES[topic] as unknown as PayloadClass<IntakeMessageOf<Tp>>, data);
}

/** The outcome of validating a whole event; failures carry the dead-letter reason to use. */
export type EventValidationResult =
  | { ok: true; event: AnyEvent }
  | { ok: false; reason: Exclude<DeadLetterReason, 'MALFORMED_JSON'>; errors: FieldError[] };

/**
 * Validates a whole event as a consumer receives it: the envelope, a known type and version, the payload, and
 * the contract (producer is the owner, key derived from the payload, and, when given, the topic it came from).
 */
export function validateEvent(raw: unknown, receivedOn?: TopicName): EventValidationResult {
  const envelope = validateEnvelope(raw);
  if (!envelope.ok) return { ok: false, reason: 'INVALID_ENVELOPE', errors: envelope.errors };
  const e = envelope.envelope;
  const def = eventDefinition(e.type);
  if (!def || def.version !== e.version) {
    return { ok: false, reason: 'UNKNOWN_TYPE', errors: [{ field: 'type', message: `no catalogued event ${e.type} v${e.version}` }] };
  }
  const data = validatePayload(def.payload as PayloadClass<object>, e.data);
  if (!data.ok) return { ok: false, reason: 'INVALID_PAYLOAD', errors: data.errors.map((x) => ({ ...x, field: x.field ? `data.${x.field}` : 'data' })) };
  const violations: FieldError[] = [];
  if (def.owner !== 'any-service' && def.owner !== e.producer) violations.push({ field: 'producer', message: `${e.type} is produced by ${def.owner} only` });
  if (def.keyOf(data.payload) !== e.key) violations.push({ field: 'key', message: `key must be ${def.keyDescription}` });
  if (receivedOn !== undefined && receivedOn !== def.topic) violations.push({ field: 'type', message: `${e.type} travels on ${def.topic}, not ${receivedOn}` });
  if (violations.length > 0) return { ok: false, reason: 'CONTRACT_VIOLATION', errors: violations };
  return { ok: true, event: { ...e, data: data.payload } as AnyEvent };
}
