import { checkTotp, newTotpSecret, totpCode, totpStep, totpUri } from './totp';

// RFC 6238 appendix B, SHA-1: the ASCII secret "12345678901234567890" (base32 below), 8-digit codes truncated to 6.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('computes the RFC 6238 test vectors (6 digits)', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(totpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCode(RFC_SECRET, new Date(1_234_567_890_000))).toBe('005924');
  });

  it('makes 160-bit base32 secrets and a provisioning URI naming TrustCircle and the operator', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const text = totpUri('nguyen.lan', secret);
    expect(text.startsWith('otpauth://totp/TrustCircle:nguyen.lan?')).toBe(true);
    const uri = new URL(text);
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'TrustCircle', secret, algorithm: 'SHA1', digits: '6', period: '30' });
  });

  it('accepts the current code and one step either side, once each, and nothing older than the last step used', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-03-01T08:00:10.000Z');
    const step = totpStep(now);
    const previous = totpCode(secret, new Date(now.getTime() - 30_000));
    const current = totpCode(secret, now);
    const next = totpCode(secret, new Date(now.getTime() + 30_000));
    expect(checkTotp(secret, previous, now, 0)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(secret, current, now, 0)).toEqual({ ok: true, step });
    expect(checkTotp(secret, next, now, 0)).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(secret, current, now, step)).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, previous, now, step)).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, next, now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('refuses a code two steps away, another secret\'s code, and what is not six digits', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-03-01T08:00:10.000Z');
    expect(checkTotp(secret, totpCode(secret, new Date(now.getTime() - 60_000)), now, 0)).toEqual({ ok: false, reason: 'wrong' });
    const other = newTotpSecret();
    const foreign = totpCode(other, now);
    const own = [-1, 0, 1].map((d) => totpCode(secret, new Date(now.getTime() + d * 30_000)));
    if (!own.includes(foreign)) expect(checkTotp(secret, foreign, now, 0)).toEqual({ ok: false, reason: 'wrong' });
    for (const bad of ['12345', '1234567', 'abcdef', ' 123456']) expect(checkTotp(secret, bad, now, 0)).toEqual({ ok: false, reason: 'wrong' });
  });
});
