import { createHash } from 'node:crypto';

/**
 * A key of the HTTP edge: `tc:{service}:{area}:{sha256 of the parts}`. It follows the `@trustcircle/redis` key
 * convention (`tc:{service}:…`); the parts are hashed, so no client-chosen text or personal data (a phone, an
 * idempotency key) ever appears in Redis key space.
 */
export function edgeRedisKey(service: string, area: 'idem' | 'rl', ...parts: string[]): string {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(service)) throw new Error(`Invalid service name for Redis keys: "${service}".`);
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40);
  return `tc:${service}:${area}:${digest}`;
}
