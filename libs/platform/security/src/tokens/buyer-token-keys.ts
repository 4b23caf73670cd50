import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { jwkThumbprint, publicJwkOf } from './ed25519-jwt';

/** The Ed25519 key of buyer tokens, derived from the platform key (no extra secret to distribute or rotate). */
export interface BuyerTokenKeys {
  /** Signs buyer tokens (only orders issues them). */
  signingKey: KeyObject;
  /** Verifies buyer tokens (any service holding the platform key). */
  verificationKey: KeyObject;
  /** `kid` of the key: its RFC 7638 thumbprint, so it changes when the platform key does. */
  keyId: string;
}

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * HKDF `info` of the buyer token key. Its `trustcircle/orders/` prefix is historical (orders derived the key
 * first) and must never change: every token issued so far is signed with the key this label gives.
 */
export const BUYER_TOKEN_KEY_INFO = 'trustcircle/orders/buyer-token-ed25519/v1';

/**
 * A 32-byte HKDF-SHA256 key derived from `PLATFORM_ENCRYPTION_KEY` (32 bytes, base64) under `info`, with an
 * empty salt. Distinct `info` labels give independent keys, none of which reveals the platform key.
 */
export function derivePlatformSubkey(platformKeyBase64: string, info: string): Buffer {
  const ikm = Buffer.from(platformKeyBase64, 'base64');
  if (ikm.length !== 32) throw new Error('PLATFORM_ENCRYPTION_KEY must be 32 bytes');
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), info, 32));
}

/** Derives the buyer token key pair from `PLATFORM_ENCRYPTION_KEY` (the seed is {@link BUYER_TOKEN_KEY_INFO}'s subkey). */
export function deriveBuyerTokenKeys(platformKeyBase64: string): BuyerTokenKeys {
  const seed = derivePlatformSubkey(platformKeyBase64, BUYER_TOKEN_KEY_INFO);
  const signingKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const verificationKey = createPublicKey(signingKey);
  return { signingKey, verificationKey, keyId: jwkThumbprint(publicJwkOf(verificationKey)) };
}
