import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsNullable, IsUtcTimestamp } from '../common/validators';
import { DOCUMENT_KINDS, DOCUMENT_SUBJECTS, SHA256_HEX, type DocumentKind, type DocumentSubject } from './escrow-vocabulary';

/**
 * `escrow.document-issued` v1: escrow issued a signed electronic document (receipt, statement or decision
 * record) for a money movement or decision. Documents of one order form a hash chain. Keyed by the order id;
 * a partner settlement statement (no order) by the document id.
 */
export class DocumentIssuedV1 {
  /** The document's id (UUID): `GET /v1/documents/{id}`. */
  @IsUUID()
  documentId!: string;

  /** The order's id (UUID), the Kafka key; null for a partner settlement statement. */
  @IsNullable() @IsUUID()
  orderId!: string | null;

  /** RECEIPT, STATEMENT or DECISION_RECORD. */
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  /** What it records: FUNDING, RELEASE, REFUND, PAYOUT, COD_REMITTANCE, DISPUTE_DECISION or PARTNER_SETTLEMENT. */
  @IsIn(DOCUMENT_SUBJECTS)
  subject!: DocumentSubject;

  /** The event (UUID) the document records. */
  @IsUUID()
  sourceEventId!: string;

  /** SHA-256 (lowercase hex) of the signed document (the JWS). */
  @Matches(SHA256_HEX)
  sha256!: string;

  /** SHA-256 of the order's previous document; null for the first of a chain. */
  @IsNullable() @Matches(SHA256_HEX)
  previousSha256!: string | null;

  /** The `kid` of the platform signing key (Ed25519) in `/.well-known/jwks.json`. */
  @IsString() @IsNotEmpty() @MaxLength(100)
  signingKeyId!: string;

  /** When it was issued (ISO-8601 UTC). */
  @IsUtcTimestamp()
  issuedAt!: string;
}
