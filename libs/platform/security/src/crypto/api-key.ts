import { randomBytes } from 'node:crypto';
import type { PartnerKind } from '@trustcircle/contracts';
import { sha256Hex } from './secure-compare';

/**
 * Partner API keys: `tc_<kind>_<keyId>_<secret>`.
 * - `<kind>`: `mkp` (marketplace), `cour` (courier) or `pay` (payment partner), so a leaked key is recognisable;
 * - `<keyId>`: 16 lowercase hex characters, the public lookup handle (logged, shown in the console);
 * - `<secret>`: 32 random bytes, base64url (43 characters).
 *
 * Only the SHA-256 (hex) of the whole key is stored and published. The key is 256-bit random, so a fast unsalted
 * hash is safe; presented keys are compared in constant time.
 *
 * @example tc_mkp_5f0c1e2d3b4a6978_Jq3v…43 chars…
 */
export const API_KEY_PATTERN = /^tc_(mkp|cour|pay)_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** The short kind tag in an API key. */
export type ApiKeyKindTag = 'mkp' | 'cour' | 'pay';

const TAG_OF: Record<PartnerKind, ApiKeyKindTag> = { MARKETPLACE: 'mkp', COURIER: 'cour', PAYMENT_PARTNER: 'pay' };

/** A newly generated API key: the key to hand over once, and what is kept. */
export interface GeneratedApiKey {
  /** The whole key. Shown once, never stored. */
  apiKey: string;
  /** Its public id. */
  keyId: string;
  /** SHA-256 (hex) of the whole key. */
  sha256: string;
}

/** Generates a new API key for a partner of `kind`. */
export function generateApiKey(kind: PartnerKind): GeneratedApiKey {
  const keyId = randomBytes(8).toString('hex');
  const apiKey = `tc_${TAG_OF[kind]}_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { apiKey, keyId, sha256: apiKeyHash(apiKey) };
}

/** The parts of a well-formed API key; undefined for anything else. */
export function parseApiKey(presented: string): { kindTag: ApiKeyKindTag; keyId: string } | undefined {
  const m = API_KEY_PATTERN.exec(presented);
  return m ? { kindTag: m[1] as ApiKeyKindTag, keyId: m[2] } : undefined;
}

/** SHA-256 (lowercase hex) of a whole API key: what the directory keeps. */
export function apiKeyHash(apiKey: string): string {
  return sha256Hex(apiKey);
}
