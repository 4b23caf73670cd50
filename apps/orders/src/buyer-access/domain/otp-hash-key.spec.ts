import { randomBytes } from 'node:crypto';
import { deriveBuyerTokenKeys } from '@trustcircle/security';
import { deriveOtpHashKey } from './otp-hash-key';

describe('the one-time-code hash key', () => {
  it('is the key orders always derived (HKDF label unchanged, so codes in flight still match)', () => {
    // Recorded from the derivation before buyer tokens moved to @trustcircle/security, for the platform key 0x07 × 32.
    expect(deriveOtpHashKey(Buffer.alloc(32, 7).toString('base64')).toString('hex')).toBe('429aaa617a9f4000ec6ba5890e185ca8d4362abf013a67094dcb560e8c033e67');
  });

  it('is the same for the same platform key, another for another, and independent of the buyer token key', () => {
    const platformKey = randomBytes(32).toString('base64');
    const key = deriveOtpHashKey(platformKey);
    expect(deriveOtpHashKey(platformKey).equals(key)).toBe(true);
    expect(deriveOtpHashKey(randomBytes(32).toString('base64')).equals(key)).toBe(false);
    const tokenSeed = deriveBuyerTokenKeys(platformKey).signingKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
    expect(tokenSeed.equals(key)).toBe(false);
  });
});
