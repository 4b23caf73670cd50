import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { jwkThumbprint, publicJwkOf } from '@trustcircle/security';

/** The keys of buyer access, derived from the platform key (no extra secret to distribute or rotate). */
export interface BuyerAccessKeys {
  /** HMAC key of the stored one-time-code hashes. */
  otpHashKey: Buffer;
  /** Ed25519 key that signs buyer tokens, and its public half (any service holding the public key may verify). */
  tokenSigningKey: KeyObject;
  tokenVerificationKey: KeyObject;
  /** `kid` of the token key: its RFC 7638 thumbprint, so it changes when the platform key does. */
  tokenKeyId: string;
}

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Derives the buyer-access keys from `PLATFORM_ENCRYPTION_KEY` (32 bytes, base64) with HKDF-SHA256 and distinct
 * `info` labels, so each key serves one purpose and none reveals the platform key or the others.
 */
export function deriveBuyerAccessKeys(platformKeyBase64: string): BuyerAccessKeys {
  const ikm = Buffer.from(platformKeyBase64, 'base64');
  if (ikm.length !== 32) throw new Error('PLATFORM_ENCRYPTION_KEY must be 32 bytes');
  const derive = (info: string): Buffer => Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), `trustcircle/orders/${info}`, 32));
  const otpHashKey = derive('buyer-otp-hash/v1');
  const tokenSigningKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, derive('buyer-token-ed25519/v1')]), format: 'der', type: 'pkcs8' });
  const tokenVerificationKey = createPublicKey(tokenSigningKey);
  return { otpHashKey, tokenSigningKey, tokenVerificationKey, tokenKeyId: jwkThumbprint(publicJwkOf(tokenVerificationKey)) };
}
