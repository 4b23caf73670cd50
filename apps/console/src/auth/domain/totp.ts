import { Secret, TOTP as Totp } from 'otpauth';
import { TOTP } from './sign-in-policy';

/** A new TOTP secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secretBase32: string, label = 'operator'): Totp {
  return new Totp({ issuer: TOTP.issuer, label, secret: Secret.fromBase32(secretBase32), algorithm: TOTP.algorithm, digits: TOTP.digits, period: TOTP.period });
}

/** The provisioning URI an authenticator app scans: `otpauth://totp/TrustCircle:<name>?issuer=TrustCircle&secret=…`. */
export function totpUri(operatorName: string, secretBase32: string): string {
  return totpOf(secretBase32, operatorName).toString();
}

/** The code of `at` (what the authenticator app shows then). */
export function totpCode(secretBase32: string, at: Date): string {
  return totpOf(secretBase32).generate({ timestamp: at.getTime() });
}

/** The time-step (30 s since the epoch) of `at`. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP.period);
}

/** Whether a code is accepted: the step it belongs to, or why not. */
export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * Checks a code at `at`: it must be the code of the current step or of one step either side, and of a later step
 * than `lastStep` (the last one this operator used), so a code is never accepted twice.
 */
export function checkTotp(secretBase32: string, code: string, at: Date, lastStep: number): TotpCheck {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'wrong' };
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: at.getTime(), window: TOTP.window });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = totpStep(at) + delta;
  return step > lastStep ? { ok: true, step } : { ok: false, reason: 'replayed' };
}
