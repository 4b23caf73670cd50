import { derivePlatformSubkey } from '@trustcircle/security';

/** HKDF `info` of the one-time-code hash key; never changes (codes in flight are hashed with its key). */
export const OTP_HASH_KEY_INFO = 'trustcircle/orders/buyer-otp-hash/v1';

/**
 * The HMAC key of the stored one-time-code hashes, derived from `PLATFORM_ENCRYPTION_KEY` (HKDF-SHA256): no extra
 * secret to distribute or rotate, and independent of the buyer token key (`deriveBuyerTokenKeys`).
 */
export function deriveOtpHashKey(platformKeyBase64: string): Buffer {
  return derivePlatformSubkey(platformKeyBase64, OTP_HASH_KEY_INFO);
}
