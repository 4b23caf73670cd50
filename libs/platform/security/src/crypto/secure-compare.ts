import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a UTF-8 string (or bytes), as lowercase hex. */
export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Compares two strings in constant time (for the length of the longer one): both are hashed first, so neither
 * their content nor their lengths leak through timing.
 */
export function constantTimeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  // The hashes are equal-length; a final plain length check rules out the (theoretical) collision case.
  return timingSafeEqual(ha, hb) && Buffer.byteLength(a) === Buffer.byteLength(b);
}
