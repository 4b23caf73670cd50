import { rotateSigningSecrets, signingSecretAad, type StoredSigningSecret, validSigningSecrets } from './signing-secrets';

const sealed = (id: string, createdAt: string) => ({ id, ciphertext: `ct-${id}`, keyId: 'pk-1', createdAt });
const T0 = new Date('2026-03-01T00:00:00.000Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

describe('signing secrets', () => {
  const first: StoredSigningSecret[] = [{ ...sealed('ws_a', T0.toISOString()), expiresAt: null }];

  it('a rotation makes the new secret current and keeps the old one for the overlap', () => {
    const rotated = rotateSigningSecrets(first, sealed('ws_b', hours(1).toISOString()), hours(1), 24);
    expect(rotated).toEqual([
      { ...sealed('ws_b', hours(1).toISOString()), expiresAt: null },
      { ...sealed('ws_a', T0.toISOString()), expiresAt: hours(25).toISOString() },
    ]);
    expect(validSigningSecrets(rotated, hours(24.99)).map((s) => s.id)).toEqual(['ws_b', 'ws_a']);
    expect(validSigningSecrets(rotated, hours(25)).map((s) => s.id)).toEqual(['ws_b']);
  });

  it('with no overlap, the old secret stops at once', () => {
    expect(rotateSigningSecrets(first, sealed('ws_b', hours(1).toISOString()), hours(1), 0).map((s) => s.id)).toEqual(['ws_b']);
  });

  it('a rotation during an overlap keeps only the secret it replaces', () => {
    const once = rotateSigningSecrets(first, sealed('ws_b', hours(1).toISOString()), hours(1), 24);
    const twice = rotateSigningSecrets(once, sealed('ws_c', hours(2).toISOString()), hours(2), 24);
    expect(twice.map((s) => [s.id, s.expiresAt])).toEqual([
      ['ws_c', null],
      ['ws_b', hours(26).toISOString()],
    ]);
  });

  it('lists the current secret first whatever the stored order', () => {
    const stored = [
      { ...sealed('ws_a', T0.toISOString()), expiresAt: hours(5).toISOString() },
      { ...sealed('ws_b', hours(1).toISOString()), expiresAt: null },
    ];
    expect(validSigningSecrets(stored, hours(2)).map((s) => s.id)).toEqual(['ws_b', 'ws_a']);
  });

  it('binds the sealing to the endpoint and the secret', () => {
    expect(signingSecretAad('e-1', 'ws_a')).toBe('webhook-endpoint:e-1:ws_a');
  });
});
