import { createHmac, randomInt } from 'node:crypto';
import { constantTimeEqual } from '@trustcircle/security';
import { OTP_DIGITS } from './buyer-access-policy';

/** A fresh one-time code: {@link OTP_DIGITS} decimal digits from the CSPRNG, leading zeros kept. */
export function newOtpCode(): string {
  return String(randomInt(0, 10 ** OTP_DIGITS)).padStart(OTP_DIGITS, '0');
}

/** Whether `input` has the shape of a one-time code (so anything else is refused before it costs a hash). */
export function isOtpShaped(input: string): boolean {
  return new RegExp(`^\\d{${OTP_DIGITS}}$`).test(input);
}

/**
 * What is stored instead of the code: HMAC-SHA256 (hex) under the OTP hashing key, bound to the order, so the
 * stored value is useless without the key (a plain hash of a 6-digit code is reversed in a millisecond) and
 * cannot be replayed on another order.
 */
export function otpHash(key: Buffer, orderId: string, code: string): string {
  return createHmac('sha256', key).update(`buyer-otp\0${orderId}\0${code}`, 'utf8').digest('hex');
}

/** Whether `code` is the one whose {@link otpHash} is `storedHash`, in constant time. */
export function otpMatches(key: Buffer, orderId: string, code: string, storedHash: string): boolean {
  return constantTimeEqual(otpHash(key, orderId, code), storedHash);
}
