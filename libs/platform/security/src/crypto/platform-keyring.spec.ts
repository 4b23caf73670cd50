import { randomBytes } from 'node:crypto';
import { KEY_ID } from '@trustcircle/contracts';
import { PlatformKeyring, platformKeyId, SealedValueError } from './platform-keyring';

describe(PlatformKeyring.name, () => {
  const key = randomBytes(32);
  const keyring = new PlatformKeyring(key);

  it('seals to base64(IV ‖ ciphertext ‖ tag) with a derived key id, and opens it with the same AAD', () => {
    const sealed = keyring.seal('whsec_secret-value', 'partner:ws_1');
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    expect(bytes.length).toBe(12 + Buffer.byteLength('whsec_secret-value') + 16);
    expect(sealed.keyId).toBe(platformKeyId(key));
    expect(sealed.keyId).toMatch(KEY_ID);
    expect(sealed.ciphertext).not.toContain('secret');
    expect(keyring.openText(sealed, 'partner:ws_1')).toBe('whsec_secret-value');
  });

  it('uses a fresh IV every time', () => {
    expect(keyring.seal('same', 'a').ciphertext).not.toBe(keyring.seal('same', 'a').ciphertext);
  });

  it('refuses another AAD, a flipped bit, a truncated value and an unknown key', () => {
    const sealed = keyring.seal('value', 'record-1');
    expect(() => keyring.open(sealed, 'record-2')).toThrow(SealedValueError);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[14] ^= 1;
    expect(() => keyring.open({ ...sealed, ciphertext: bytes.toString('base64') }, 'record-1')).toThrow(SealedValueError);
    expect(() => keyring.open({ ...sealed, ciphertext: bytes.subarray(0, 20).toString('base64') }, 'record-1')).toThrow(SealedValueError);
    expect(() => new PlatformKeyring(randomBytes(32)).open(sealed, 'record-1')).toThrow(/no platform key/);
  });

  it('opens values sealed under a previous key after a rotation, and seals under the new one', () => {
    const old = keyring.seal('old', 'r');
    const rotated = new PlatformKeyring(randomBytes(32), [key]);
    expect(rotated.openText(old, 'r')).toBe('old');
    expect(rotated.seal('new', 'r').keyId).not.toBe(old.keyId);
    expect(rotated.hasKey(old.keyId)).toBe(true);
  });

  it('refuses keys that are not 32 bytes, and builds from base64', () => {
    expect(() => new PlatformKeyring(randomBytes(16))).toThrow(/32 bytes/);
    const b64 = key.toString('base64');
    expect(PlatformKeyring.fromBase64(b64).currentKeyId).toBe(keyring.currentKeyId);
  });
});
