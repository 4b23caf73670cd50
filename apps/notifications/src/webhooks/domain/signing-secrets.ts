/**
 * An endpoint's signing secret as stored: sealed under the platform key (never in clear), with when it was made
 * and, once replaced by a rotation, until when it still signs.
 */
export interface StoredSigningSecret {
  /** The secret's id (`ws_` and 16 hex characters); part of the sealing AAD. */
  id: string;
  /** base64(IV ‖ AES-256-GCM ciphertext ‖ tag) of the `whsec_…` secret. */
  ciphertext: string;
  /** The platform key that sealed it. */
  keyId: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** ISO-8601 UTC; null for the current secret. */
  expiresAt: string | null;
}

/** A fresh secret, sealed, to become the current one. */
export type NewSigningSecret = Omit<StoredSigningSecret, 'expiresAt'>;

/**
 * The secrets after a rotation: the new one is current; the one it replaces keeps signing for `overlapHours`
 * (none with 0). Only one previous secret is kept: a rotation during an overlap ends the older overlap at once.
 */
export function rotateSigningSecrets(secrets: readonly StoredSigningSecret[], fresh: NewSigningSecret, now: Date, overlapHours: number): StoredSigningSecret[] {
  const current = secrets.find((s) => s.expiresAt === null);
  const next: StoredSigningSecret[] = [{ ...fresh, expiresAt: null }];
  if (current && overlapHours > 0) next.push({ ...current, expiresAt: new Date(now.getTime() + overlapHours * 3_600_000).toISOString() });
  return next;
}

/** The secrets that still sign at `now`, newest first: the current one, and the previous one during its overlap. */
export function validSigningSecrets(secrets: readonly StoredSigningSecret[], now: Date): StoredSigningSecret[] {
  return secrets
    .filter((s) => s.expiresAt === null || new Date(s.expiresAt).getTime() > now.getTime())
    .sort((a, b) => Number(a.expiresAt !== null) - Number(b.expiresAt !== null) || b.createdAt.localeCompare(a.createdAt));
}

/** The AAD an endpoint's signing secret is sealed with: bound to the endpoint and the secret, and to this use. */
export function signingSecretAad(endpointId: string, secretId: string): string {
  return `webhook-endpoint:${endpointId}:${secretId}`;
}
