import { createHash } from 'node:crypto';
import { canonicalJson } from '@trustcircle/kernel';

/** SHA-256 (hex) of the method, the request path and the canonical JSON body (key order does not matter). */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${canonicalJson(body ?? null)}`).digest('hex');
}
