import { maskPhone } from '@trustcircle/observability';

/** Marks a value that was removed. */
export const AUDIT_REMOVED = '[REMOVED]';

/**
 * Keys whose values never reach the audit log: passwords, secrets, tokens, one-time and TOTP codes, keys, hashes,
 * signatures, cookies.
 */
const SECRET_KEY = /passw(?:or)?d|pwd|secret|token|otp|api[-_]?key|authorization|cookie|signature|private[-_]?key|ciphertext|hash|sha256/i;
/** Ids are public, even of credentials (`credentialId`, `apiKeyId`, `webhookSecretId`, `sessionId`): kept. */
const ID_KEY = /(?:Id|Ids|_id|_ids)$/;
/** A `code` of 4–8 digits is a one-time code; other codes (an order code) are kept. */
const OTP_LIKE = /^\d{4,8}$/;
/** Our secrets' own formats, wherever they appear in text: partner API keys, webhook secrets, refresh tokens, JWTs. */
const SECRET_IN_TEXT = /tc_(?:mkp|cour|pay)_[0-9a-f]{16}_[A-Za-z0-9_-]+|whsec_[A-Za-z0-9+/=]+|tcrt_[A-Za-z0-9_-]+|eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
const MAX_DEPTH = 6;
const MAX_STRING = 500;
const MAX_ITEMS = 50;

/**
 * What the audit log may keep of `detail`: a JSON-safe deep copy where entries under secret-looking keys are
 * replaced by {@link AUDIT_REMOVED}, as are our secrets' formats inside strings (an API key pasted into a name),
 * Vietnamese phone numbers in strings are masked (`090****567`), long strings
 * are cut, and deep or wide structures are bounded. Never mutates its input.
 */
export function auditDetail(detail: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!detail) return {};
  return clean(detail, 0) as Record<string, unknown>;
}

function clean(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return cut(maskPhone(value.replace(SECRET_IN_TEXT, AUDIT_REMOVED)));
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return AUDIT_REMOVED;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((v) => clean(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>).slice(0, MAX_ITEMS)) {
      out[key] = isSecretEntry(key, v) ? AUDIT_REMOVED : clean(v, depth + 1);
    }
    return out;
  }
  return null;
}

function isSecretEntry(key: string, value: unknown): boolean {
  if (ID_KEY.test(key)) return false;
  if (SECRET_KEY.test(key)) return true;
  return key.toLowerCase() === 'code' && OTP_LIKE.test(String(value));
}

function cut(s: string): string {
  return s.length > MAX_STRING ? `${s.slice(0, MAX_STRING)}…` : s;
}
