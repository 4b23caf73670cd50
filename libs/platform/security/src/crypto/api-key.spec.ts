import { CREDENTIAL_ID, SHA256_HEX } from '@trustcircle/contracts';
import { createHash } from 'node:crypto';
import { apiKeyHash, generateApiKey, parseApiKey } from './api-key';
import { constantTimeEqual, sha256Hex } from './secure-compare';
import { generateWebhookSecret, WEBHOOK_SECRET_PATTERN } from './webhook-secret';

describe('API keys', () => {
  it.each([
    ['MARKETPLACE', 'mkp'],
    ['COURIER', 'cour'],
    ['PAYMENT_PARTNER', 'pay'],
  ] as const)('formats a %s key as tc_%s_<keyId>_<32-byte base64url secret>', (kind, tag) => {
    const key = generateApiKey(kind);
    expect(key.apiKey).toMatch(new RegExp(`^tc_${tag}_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$`));
    expect(Buffer.from(key.apiKey.split('_').slice(3).join('_'), 'base64url')).toHaveLength(32);
    expect(parseApiKey(key.apiKey)).toEqual({ kindTag: tag, keyId: key.keyId });
    expect(key.keyId).toMatch(CREDENTIAL_ID);
    expect(key.sha256).toBe(createHash('sha256').update(key.apiKey).digest('hex'));
    expect(key.sha256).toMatch(SHA256_HEX);
    expect(apiKeyHash(key.apiKey)).toBe(key.sha256);
  });

  it('parses a secret containing underscores and dashes', () => {
    const apiKey = `tc_mkp_0123456789abcdef_${'_-'.repeat(21)}A`;
    expect(parseApiKey(apiKey)).toEqual({ kindTag: 'mkp', keyId: '0123456789abcdef' });
  });

  it.each(['', 'tc_mkp_0123456789abcdef', 'tc_xxx_0123456789abcdef_' + 'a'.repeat(43), 'tc_mkp_0123_' + 'a'.repeat(43), 'Bearer tc_mkp_0123456789abcdef_' + 'a'.repeat(43), 'tc_mkp_0123456789abcdef_' + 'a'.repeat(44)])(
    'refuses the malformed key %j',
    (bad) => expect(parseApiKey(bad)).toBeUndefined(),
  );

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey('MARKETPLACE').apiKey));
    expect(keys.size).toBe(200);
  });
});

describe('webhook secrets', () => {
  it('are whsec_ and base64 of 32 bytes, with a credential id', () => {
    const s = generateWebhookSecret();
    expect(s.secret).toMatch(WEBHOOK_SECRET_PATTERN);
    expect(Buffer.from(s.secret.slice(6), 'base64')).toHaveLength(32);
    expect(s.id).toMatch(CREDENTIAL_ID);
  });
});

describe(constantTimeEqual.name, () => {
  it('compares content and length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
