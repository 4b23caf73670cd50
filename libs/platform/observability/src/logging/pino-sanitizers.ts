import type { LogFn, Logger } from 'pino';
import { isSensitiveEntry, REDACTED, sanitizeForLog } from './log-sanitizer';
import { maskSecretsInText } from './text-masking';
import { redactUrl } from './url-redaction';

/** Keys that pino serializers turn into plain objects after the formatters ran; they are sanitized there. */
const SERIALIZED_KEYS = new Set(['req', 'res', 'err', 'error']);

/**
 * pino `formatters.log` / `formatters.bindings`: redacts and masks every top-level entry except those a
 * serializer handles (the raw request, response and error objects).
 */
export function sanitizeLogObject(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (SERIALIZED_KEYS.has(key) && typeof value === 'object' && value !== null) out[key] = value;
    else out[key] = isSensitiveEntry(key, value, object) ? REDACTED : sanitizeForLog(value);
  }
  return out;
}

/**
 * Serializer wrapper: the standard serializer's output, redacted and masked. URLs lose sensitive query values;
 * route `params` are dropped (they repeat the URL, and the catch-all middleware route fills them with noise).
 */
export function sanitizingSerializer(value: unknown): unknown {
  const sanitized = sanitizeForLog(value);
  if (sanitized && typeof sanitized === 'object' && 'url' in sanitized && typeof sanitized.url === 'string') {
    const { params: _params, ...rest } = sanitized as Record<string, unknown>;
    return { ...rest, url: redactUrl(sanitized.url) };
  }
  return sanitized;
}

/**
 * pino `hooks.logMethod`: masks the message and string interpolation arguments. When an error is logged without
 * a message, pino would take the error's raw message as `msg`; the masked message is passed instead.
 */
export function maskingLogMethod(this: Logger, args: Parameters<LogFn>, method: LogFn): void {
  const all = args as unknown[];
  const masked = all.map((arg) => (typeof arg === 'string' ? maskSecretsInText(arg) : arg));
  const error = errorOf(all[0]);
  if (error && typeof all[1] !== 'string') masked.splice(1, 0, maskSecretsInText(error.message));
  (method as (...all: unknown[]) => void).apply(this, masked);
}

function errorOf(first: unknown): Error | undefined {
  if (first instanceof Error) return first;
  if (first && typeof first === 'object') {
    const { err } = first as { err?: unknown };
    if (err instanceof Error) return err;
  }
  return undefined;
}
