import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '@trustcircle/kernel';
import type { ElectronicDocument } from './electronic-document';

/** The `typ` of a document's protected header. */
export const DOCUMENT_JWS_TYPE = 'tc-document+jws';

/**
 * Signs a document as a compact JWS (RFC 7515) with EdDSA over Ed25519 (RFC 8037): protected header
 * `{alg: EdDSA, kid, typ}`, payload the document's canonical JSON (keys sorted at every depth). On node:crypto,
 * like the platform's tokens (jose 6 is ESM-only and cannot load under jest); any JOSE library verifies it.
 */
export function signDocument(document: ElectronicDocument, kid: string, privateKey: KeyObject): string {
  const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid, typ: DOCUMENT_JWS_TYPE }), 'utf8').toString('base64url');
  const payload = Buffer.from(canonicalJson(document), 'utf8').toString('base64url');
  const signature = sign(null, Buffer.from(`${header}.${payload}`, 'ascii'), privateKey);
  return `${header}.${payload}.${signature.toString('base64url')}`;
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

/** Whether the JWS's EdDSA signature verifies with `publicKey`. */
export function jwsSignatureValid(jws: string, publicKey: KeyObject): boolean {
  const [h, p, s] = jws.split('.');
  try {
    return verify(null, Buffer.from(`${h}.${p}`, 'ascii'), publicKey, Buffer.from(s, 'base64url'));
  } catch {
    return false;
  }
}
