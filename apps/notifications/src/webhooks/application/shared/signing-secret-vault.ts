import { Injectable } from '@nestjs/common';
import { generateWebhookSecret, PlatformKeyring } from '@trustcircle/security';
import { type NewSigningSecret, signingSecretAad, type StoredSigningSecret } from '../../domain/signing-secrets';

/** A new signing secret: in clear to answer once, and sealed to store. */
export interface IssuedSigningSecret {
  /** `whsec_` and base64 of 32 random bytes (Standard Webhooks). Answered once; never stored, logged or shown again. */
  secret: string;
  sealed: NewSigningSecret;
}

/** Makes, seals and opens endpoints' signing secrets (AES-256-GCM under the platform key, bound to endpoint and secret). */
@Injectable()
export class SigningSecretVault {
  constructor(private readonly keyring: PlatformKeyring) {}

  /** A fresh secret for `endpointId`, sealed. */
  issue(endpointId: string, now: Date): IssuedSigningSecret {
    const { id, secret } = generateWebhookSecret();
    const sealed = this.keyring.seal(secret, signingSecretAad(endpointId, id));
    return { secret, sealed: { id, ciphertext: sealed.ciphertext, keyId: sealed.keyId, createdAt: now.toISOString() } };
  }

  /** The `whsec_…` secret in clear. @throws SealedValueError when it does not open (wrong endpoint, key or bytes). */
  open(endpointId: string, stored: StoredSigningSecret): string {
    return this.keyring.openText({ ciphertext: stored.ciphertext, keyId: stored.keyId }, signingSecretAad(endpointId, stored.id));
  }
}
