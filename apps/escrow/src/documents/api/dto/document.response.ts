import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_KINDS, DOCUMENT_SUBJECTS, type DocumentKind, type DocumentSubject } from '@trustcircle/contracts';
import type { ElectronicDocumentRecord } from '../../infrastructure/electronic-document.orm-entity';

/** An issued document: its fields, the signed content, the compact JWS, and its place in the chain. */
export class DocumentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'BL-TC-7KQ4-M2XD-01' })
  number!: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind!: DocumentKind;

  @ApiProperty({ enum: DOCUMENT_SUBJECTS })
  subject!: DocumentSubject;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for a partner settlement statement.' })
  orderId!: string | null;

  @ApiProperty({ example: 1, description: 'Position in its chain (the order’s, or the partner’s statements), from 1.' })
  sequence!: number;

  @ApiProperty({ description: 'The signed content (the JWS payload, canonical JSON): parties, amounts in whole VND, times in Asia/Ho_Chi_Minh.', type: 'object', additionalProperties: true })
  content!: Record<string, unknown>;

  @ApiProperty({ description: 'Compact JWS (EdDSA, Ed25519) whose payload is the canonical JSON of `content`.' })
  jws!: string;

  @ApiProperty({ example: '9f2c…', description: 'SHA-256 (hex) of the JWS string.' })
  sha256!: string;

  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the previous document of the chain; null for the first.' })
  previousSha256!: string | null;

  @ApiProperty({ description: 'The signing key’s id in /.well-known/jwks.json.' })
  kid!: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt!: string;

  static of(d: ElectronicDocumentRecord): DocumentResponse {
    return {
      id: d.id,
      number: d.number,
      kind: d.kind,
      subject: d.subject,
      orderId: d.orderId,
      sequence: d.sequence,
      content: d.content as unknown as Record<string, unknown>,
      jws: d.jws,
      sha256: d.sha256,
      previousSha256: d.previousSha256,
      kid: d.signingKeyId,
      issuedAt: d.issuedAt.toISOString(),
    };
  }
}

/** An order's documents, oldest first (its chain). */
export class DocumentListResponse {
  @ApiProperty({ type: [DocumentResponse] })
  items!: DocumentResponse[];
}
