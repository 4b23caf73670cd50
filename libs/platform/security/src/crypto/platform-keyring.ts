import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * A value sealed under a platform key, as it travels on events and rests in tables.
 *
 * Format (the contracts' `SEALED_FORMAT`): `ciphertext` is base64 of `IV[12] ‖ AES-256-GCM ciphertext ‖ tag[16]`,
 * with the owning record's id as additional authenticated data (AAD), so a sealed value cannot be moved to another
 * record. `keyId` names the platform key that sealed it, so keys can be rotated: values sealed under an older key
 * still open while that key is kept in the keyring.
 */
export interface SealedValue {
  /** base64(IV ‖ ciphertext ‖ tag). */
  ciphertext: string;
  /** Id of the platform key that sealed it (see {@link platformKeyId}). */
  keyId: string;
}

/** Thrown when a sealed value cannot be opened: unknown key, wrong AAD, or tampered bytes. Says no more. */
export class SealedValueError extends Error {
  override name = 'SealedValueError';
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/**
 * The id of a platform key: `pk-` and 16 hex characters of a domain-separated SHA-256 of the key. Derived, so it
 * needs no configuration and two processes with the same key agree on it; 64 bits of a hash of a 256-bit random
 * key reveal nothing usable about the key.
 */
export function platformKeyId(key: Buffer): string {
  return `pk-${createHash('sha256').update('trustcircle/platform-key-id\0').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * The platform keys of a process: the current one seals, every one opens. Built from `PLATFORM_ENCRYPTION_KEY`
 * (32 random bytes, base64); previous keys may be added during a key rotation.
 *
 * @example
 * const keyring = PlatformKeyring.fromBase64(env.PLATFORM_ENCRYPTION_KEY);
 * const sealed = keyring.seal('whsec_…', `${partnerId}:${secretId}`);
 * keyring.openText(sealed, `${partnerId}:${secretId}`); // 'whsec_…'
 */
export class PlatformKeyring {
  private readonly keys = new Map<string, Buffer>();
  /** Id of the key new values are sealed with. */
  readonly currentKeyId: string;

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== KEY_BYTES) throw new Error(`a platform key must be ${KEY_BYTES} bytes, not ${key.length}`);
      this.keys.set(platformKeyId(key), Buffer.from(key));
    }
    this.currentKeyId = platformKeyId(current);
  }

  /** A keyring from base64 keys (the current one first). */
  static fromBase64(current: string, previous: readonly string[] = []): PlatformKeyring {
    return new PlatformKeyring(Buffer.from(current, 'base64'), previous.map((k) => Buffer.from(k, 'base64')));
  }

  /** Whether a value sealed under `keyId` can be opened here. */
  hasKey(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /** Seals `plaintext` under the current key, bound to `aad` (the owning record's id). */
  seal(plaintext: string | Buffer, aad: string): SealedValue {
    const key = this.keys.get(this.currentKeyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64'), keyId: this.currentKeyId };
  }

  /** Opens a sealed value bound to `aad`. @throws SealedValueError */
  open(sealed: SealedValue, aad: string): Buffer {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new SealedValueError(`no platform key ${sealed.keyId} in this keyring`);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES + 1) throw new SealedValueError('sealed value too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new SealedValueError('sealed value does not authenticate (wrong key, wrong record or tampered)');
    }
  }

  /** Opens a sealed UTF-8 string. @throws SealedValueError */
  openText(sealed: SealedValue, aad: string): string {
    return this.open(sealed, aad).toString('utf8');
  }
}
