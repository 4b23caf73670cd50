import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@trustcircle/kernel';
import { DataSource } from 'typeorm';
import { jwsSha256, jwsSignatureValid, parseDocumentJws } from '../../domain/document-jws';
import type { VerificationReason, VerificationResult } from '../../domain/verification';
import { ElectronicDocumentRecord } from '../../infrastructure/electronic-document.orm-entity';
import { DocumentSigningKeys } from '../signing-keys/document-signing-keys';

/** What is presented: the JWS, and optionally the fields a reader may have been shown beside it. */
export interface VerifyDocumentInput {
  jws: string;
  /** The document content shown beside the JWS (as `GET /v1/documents/{id}` returns it); must equal the signed payload. */
  content?: Record<string, unknown>;
  /** The hash shown beside the JWS; must be the JWS's. */
  sha256?: string;
}

/**
 * Verifies a presented document: a well-formed EdDSA compact JWS, signed by a key of the JWKS (active or
 * retired), its payload canonical and equal to any content shown beside it, and exactly a document escrow issued
 * (found by its hash), whose chain link matches. A document whose id escrow issued with other bytes is ALTERED.
 */
@Injectable()
export class VerifyDocumentUseCase {
  constructor(
    private readonly keys: DocumentSigningKeys,
    private readonly db: DataSource,
  ) {}

  async execute(input: VerifyDocumentInput): Promise<VerificationResult> {
    const sha256 = jwsSha256(input.jws);
    const parsed = parseDocumentJws(input.jws);
    const payload = parsed?.payload ?? null;
    const documentId = typeof payload?.documentId === 'string' ? payload.documentId : null;
    const kid = typeof parsed?.header.kid === 'string' ? parsed.header.kid : null;
    const claimedChain = payload?.chain as { previousSha256?: unknown } | undefined;
    const previousSha256 = typeof claimedChain?.previousSha256 === 'string' ? claimedChain.previousSha256 : null;
    const base = { documentId, kid, sha256, issuedAt: typeof payload?.issuedAt === 'string' ? payload.issuedAt : null };
    const issued = await this.db.manager.findOne(ElectronicDocumentRecord, { where: { sha256 } });
    const refuse = async (reason: VerificationReason): Promise<VerificationResult> => ({
      ...base,
      valid: false,
      reason: (await this.issuedOtherwise(documentId, sha256)) ? 'ALTERED' : reason,
      chain: { previousSha256, matchesIssued: false },
    });

    if (!parsed || !payload || !parsed.canonical) return refuse('MALFORMED');
    if (parsed.header.alg !== 'EdDSA') return refuse('UNSUPPORTED_ALGORITHM');
    const key = kid ? await this.keys.verificationKey(kid) : undefined;
    if (!key) return refuse('UNKNOWN_KEY');
    if (!(await jwsSignatureValid(input.jws, key.key))) return refuse('SIGNATURE_INVALID');
    const shownAltered = (input.content !== undefined && canonicalJson(input.content) !== canonicalJson(payload)) || (input.sha256 !== undefined && input.sha256 !== sha256);
    if (shownAltered) return { ...base, valid: false, reason: 'ALTERED', chain: { previousSha256, matchesIssued: false } };
    if (!issued) return refuse('NOT_ISSUED');
    return { ...base, valid: true, chain: { previousSha256, matchesIssued: await this.linkMatches(issued, previousSha256) } };
  }

  /** Whether escrow issued a document with this id but other bytes. */
  private async issuedOtherwise(documentId: string | null, sha256: string): Promise<boolean> {
    if (!documentId || !/^[0-9a-f-]{36}$/i.test(documentId)) return false;
    const doc = await this.db.manager.findOne(ElectronicDocumentRecord, { where: { id: documentId } });
    return doc !== null && doc.sha256 !== sha256;
  }

  /** Whether the issued document's link is the one claimed and points at its chain's previous document. */
  private async linkMatches(issued: ElectronicDocumentRecord, claimed: string | null): Promise<boolean> {
    if (issued.previousSha256 !== claimed) return false;
    if (issued.sequence === 1) return claimed === null;
    const previous = await this.db.manager.findOne(ElectronicDocumentRecord, { where: { chainKey: issued.chainKey, sequence: issued.sequence - 1 } });
    return previous?.sha256 === claimed;
  }
}
