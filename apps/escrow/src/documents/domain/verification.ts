/** Why a document was refused. */
export const VERIFICATION_REASONS = ['MALFORMED', 'UNSUPPORTED_ALGORITHM', 'UNKNOWN_KEY', 'SIGNATURE_INVALID', 'ALTERED', 'NOT_ISSUED'] as const;
export type VerificationReason = (typeof VERIFICATION_REASONS)[number];

/** The answer of `POST /v1/documents/verify`. */
export interface VerificationResult {
  valid: boolean;
  /** Why it is not valid (absent when valid). */
  reason?: VerificationReason;
  /** The document id the payload claims (null when unreadable). */
  documentId: string | null;
  /** The `kid` of the protected header (null when absent). */
  kid: string | null;
  /** SHA-256 (hex) of the JWS presented. */
  sha256: string;
  /** When the payload says it was issued (null when unreadable). */
  issuedAt: string | null;
  chain: {
    /** The previous document's hash the payload claims. */
    previousSha256: string | null;
    /** Whether escrow issued exactly this document and its previous hash is the hash of the chain's previous document. */
    matchesIssued: boolean;
  };
}
