import { createHash } from 'node:crypto';

/** One segment of a Redis key. */
export type RedisKeyPart = string | number;

const SERVICE_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The prefix every key of a service starts with: `tc:{service}:`.
 * @throws Error when the service name is not lowercase letters, digits and dashes.
 */
export function redisKeyPrefix(service: string): string {
  if (!SERVICE_PATTERN.test(service)) {
    throw new Error(`Invalid Redis key service segment "${service}": use lowercase letters, digits and dashes.`);
  }
  return `tc:${service}:`;
}

/**
 * Builds a key `tc:{service}:{part}:{part}…`. Parts must be non-empty and free of whitespace; never pass personal
 * data (a phone number, an email) as a part: pass {@link hashKeyPart} of it.
 *
 * @example redisKey('orders', 'idem', tenantId, key) // 'tc:orders:idem:<tenant>:<key>'
 */
export function redisKey(service: string, ...parts: RedisKeyPart[]): string {
  if (parts.length === 0) throw new Error('A Redis key needs at least one part after the service prefix.');
  const segments = parts.map((part) => {
    const text = String(part);
    if (text.length === 0 || /\s/.test(text)) throw new Error(`Invalid Redis key part "${text}".`);
    return text;
  });
  return redisKeyPrefix(service) + segments.join(':');
}

/** A stable, non-reversible key part for a sensitive value (SHA-256, hex, first 32 chars = 128 bits). */
export function hashKeyPart(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 32);
}
