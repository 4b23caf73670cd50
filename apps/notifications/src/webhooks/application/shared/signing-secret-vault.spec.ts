import { randomBytes } from 'node:crypto';
import { PlatformKeyring, SealedValueError } from '@trustcircle/security';
import { Webhook } from 'standardwebhooks';
import { SigningSecretVault } from './signing-secret-vault';

describe('SigningSecretVault', () => {
  const vault = new SigningSecretVault(new PlatformKeyring(randomBytes(32)));
  const now = new Date('2026-03-01T00:00:00.000Z');

  it('issues Standard Webhooks secrets: whsec_ and base64 of 32 random bytes, each new', () => {
    const a = vault.issue('e-1', now);
    const b = vault.issue('e-1', now);
    expect(a.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(a.secret).not.toBe(b.secret);
    expect(a.sealed.id).toMatch(/^ws_[0-9a-f]{16}$/);
    expect(a.sealed.createdAt).toBe('2026-03-01T00:00:00.000Z');
    // the standardwebhooks library signs and verifies with it
    const wh = new Webhook(a.secret);
    const body = '{"type":"disputes.dispute-opened"}';
    // one instant for both: signing at new Date() and stamping Date.now() apart could straddle a second
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const signature = wh.sign('msg_1', signedAt, body);
    expect(wh.verify(body, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(signedAt.getTime() / 1000), 'webhook-signature': signature })).toEqual({ type: 'disputes.dispute-opened' });
  });

  it('seals: the stored form holds neither the secret nor its key bytes, and opens only for its endpoint', () => {
    const issued = vault.issue('e-1', now);
    const stored = { ...issued.sealed, expiresAt: null };
    expect(JSON.stringify(stored)).not.toContain(issued.secret.slice('whsec_'.length, 20));
    expect(vault.open('e-1', stored)).toBe(issued.secret);
    expect(() => vault.open('e-2', stored)).toThrow(SealedValueError);
    expect(() => vault.open('e-1', { ...stored, id: 'ws_0000000000000000' })).toThrow(SealedValueError);
  });
});
