import { createHash, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@trustcircle/kernel';
import { CompactSign, compactVerify } from 'jose';
import type { ElectronicDocument } from './electronic-document';

/** The `typ` of a document's protected header. */
export const DOCUMENT_JWS_TYPE = 'tc-document+jws';

/**
 * Signs a document as a compact JWS (RFC 7515) with EdDSA over Ed25519 (RFC 8037), through jose: protected header
 * `{alg: EdDSA, kid, typ}`, payload the document's canonical JSON (keys sorted at every depth), so equal documents
 * sign to equal strings (Ed25519 is deterministic). Any JOSE library verifies it with the key set's public JWK.
 */
export async function signDocument(document: ElectronicDocument, kid: string, privateKey: KeyObject): Promise<string> {
  return new CompactSign(Buffer.from(canonicalJson(document), 'utf8')).setProtectedHeader({ alg: 'EdDSA', kid, typ: DOCUMENT_JWS_TYPE }).sign(privateKey);
}

/** SHA-256 (lowercase hex) of a compact JWS string: the document's hash in the chain. */
export function jwsSha256(jws: string): string {
  return createHash('sha256').update(jws, 'ascii').digest('hex');
}

/** A compact JWS taken apart, unverified. */
export interface ParsedDocumentJws {
  header: { alg?: unknown; kid?: unknown; typ?: unknown };
  /** The payload parsed as JSON (null when not a JSON object). */
  payload: Record<string, unknown> | null;
  /** Whether the payload bytes are exactly the canonical JSON of what they parse to. */
  canonical: boolean;
}

const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Parses a compact JWS, or null when it is not one (three base64url parts with a JSON header). */
export function parseDocumentJws(jws: string): ParsedDocumentJws | null {
  if (!COMPACT.test(jws)) return null;
  const [h, p] = jws.split('.');
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown;
    if (!header || typeof header !== 'object' || Array.isArray(header)) return null;
    const text = Buffer.from(p, 'base64url').toString('utf8');
    let payload: Record<string, unknown> | null = null;
    try {
      const parsed = JSON.parse(text) as unknown;
      payload = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    } catch {
      payload = null;
    }
    return { header: header as ParsedDocumentJws['header'], payload, canonical: payload !== null && canonicalJson(payload) === text };
  } catch {
    return null;
  }
}

/** Whether the JWS's EdDSA signature verifies with `publicKey` (jose; EdDSA only, whatever the header claims). */
export async function jwsSignatureValid(jws: string, publicKey: KeyObject): Promise<boolean> {
  try {
    await compactVerify(jws, publicKey, { algorithms: ['EdDSA'] });
    return true;
  } catch {
    return false;
  }
}
