import { transformDeep } from './deep-transform';
import { maskSecretsInText } from './text-masking';

/** The text that replaces a redacted value. */
export const REDACTED = '[REDACTED]';

/**
 * Keys whose values never reach a log: credentials and secrets of every kind, including the `authorization`,
 * `cookie`, `set-cookie` and `x-api-key` headers, webhook signatures, OTPs and API keys.
 */
const SENSITIVE_KEY = /secret|passw(?:or)?d|pwd|token|otp|api[-_]?key|authorization|cookie|signature|credential|private[-_]?key/i;
/** Sibling keys that mark an object as an OTP body, whose `code` field is then the one-time code. */
const OTP_CONTEXT_KEY = /phone|otp|challenge|verification|msisdn/i;
/** A value that looks like a one-time code (4–8 digits). */
const OTP_LIKE = /^\d{4,8}$/;

/** Whether the value under `key` must be redacted from logs. */
export function isSensitiveEntry(key: string, value: unknown, parent: Readonly<Record<string, unknown>>): boolean {
  if (SENSITIVE_KEY.test(key)) return true;
  if (key.toLowerCase() !== 'code') return false;
  if ((typeof value === 'string' || typeof value === 'number') && OTP_LIKE.test(String(value))) return true;
  return Object.keys(parent).some((sibling) => sibling !== key && OTP_CONTEXT_KEY.test(sibling));
}

/**
 * What a log line may contain of `value`: a deep copy with sensitive entries redacted ({@link isSensitiveEntry})
 * and phone numbers (and one-time codes named in text) masked in every string.
 */
export function sanitizeForLog(value: unknown): unknown {
  return transformDeep(value, {
    string: maskSecretsInText,
    replaceEntry: (key, entry, parent) => (isSensitiveEntry(key, entry, parent) ? REDACTED : undefined),
  });
}
