import { randomBytes } from 'node:crypto';
import { isOtpShaped, newOtpCode, otpHash, otpMatches } from './otp-code';

describe('one-time codes', () => {
  const key = randomBytes(32);
  const orderId = '3f1c2b9e-5d4a-4b8e-9c7f-0a1b2c3d4e5f';

  it('are 6 digits, leading zeros kept, and vary', () => {
    const codes = Array.from({ length: 200 }, newOtpCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('are stored as a keyed hash bound to the order, never as themselves', () => {
    const hash = otpHash(key, orderId, '012345');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('012345');
    expect(otpHash(key, orderId, '012345')).toBe(hash);
    expect(otpHash(key, '00000000-0000-4000-8000-000000000000', '012345')).not.toBe(hash);
    expect(otpHash(randomBytes(32), orderId, '012345')).not.toBe(hash);
  });

  it('verify only the right code, for the right order, under the right key', () => {
    const hash = otpHash(key, orderId, '493817');
    expect(otpMatches(key, orderId, '493817', hash)).toBe(true);
    expect(otpMatches(key, orderId, '493818', hash)).toBe(false);
    expect(otpMatches(key, orderId, '', hash)).toBe(false);
    expect(otpMatches(randomBytes(32), orderId, '493817', hash)).toBe(false);
    expect(otpMatches(key, '00000000-0000-4000-8000-000000000000', '493817', hash)).toBe(false);
  });

  it('recognise what may be a code', () => {
    expect(isOtpShaped('012345')).toBe(true);
    for (const bad of ['12345', '1234567', '12a456', ' 123456', '']) expect(isOtpShaped(bad)).toBe(false);
  });
});
