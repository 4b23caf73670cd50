import { createHmac } from 'node:crypto';
import { maskPhone } from '@trustcircle/observability';
import { derivePlatformSubkey } from '@trustcircle/security';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * HKDF `info` of the key the read model's buyer phone digests are computed with. Never change it: every stored
 * digest was computed with the key it gives.
 */
export const PHONE_SEARCH_KEY_INFO = 'trustcircle/console/buyer-phone-search/v1';

/**
 * The HMAC key of buyer phone digests, derived from `PLATFORM_ENCRYPTION_KEY` (HKDF-SHA256): no extra secret to
 * distribute, independent of every other key derived from it.
 */
export function derivePhoneSearchKey(platformKeyBase64: string): Buffer {
  return derivePlatformSubkey(platformKeyBase64, PHONE_SEARCH_KEY_INFO);
}

/**
 * Normalises a Vietnamese phone number as operators type it (`0901 234 567`, `+84901234567`, `84901234567`) to
 * E.164, or undefined when it is not a valid Vietnamese number.
 */
export function normaliseVnPhone(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) return undefined;
  return parsed.number;
}

/**
 * The keyed digest (HMAC-SHA256, hex) of a buyer's E.164 phone: what the read model stores and searches instead of
 * the phone. Without the key a digest cannot be tried against the small space of Vietnamese numbers.
 */
export function phoneDigest(key: Buffer, e164: string): string {
  return createHmac('sha256', key).update(e164, 'utf8').digest('hex');
}

/** The phone as operators see it: the prefix, two digits and the last three (`+8490****567`). */
export function maskedPhone(e164: string): string {
  return maskPhone(e164);
}
